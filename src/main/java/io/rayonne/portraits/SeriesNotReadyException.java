package io.rayonne.portraits;

import java.util.List;

/** A series cannot be scheduled: {@link #checks()} says, portrait by portrait, what stops it. */
public class SeriesNotReadyException extends RuntimeException {

    private final List<Series.SlotCheck> checks;

    public SeriesNotReadyException(List<Series.SlotCheck> checks) {
        super("Series not ready: " + checks.stream().filter(c -> !c.ready()).toList());
        this.checks = List.copyOf(checks);
    }

    public List<Series.SlotCheck> checks() {
        return checks;
    }
}
