package io.rayonne.observatoire;

import java.time.Duration;

/** Elasticsearch did not count in time; nothing is shown half counted. */
public class DashboardTooSlowException extends RuntimeException {

    private final Duration waited;

    public DashboardTooSlowException(Duration waited, Throwable cause) {
        super("The dashboard's counts took more than " + waited, cause);
        this.waited = waited;
    }

    public Duration waited() {
        return waited;
    }
}
