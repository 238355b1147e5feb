package io.rayonne.accounts.internal;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this account; the login page says how long to wait. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration wait;

    LoginThrottledException(Duration wait) {
        super("Too many failed logins, wait " + wait.toSeconds() + " s");
        this.wait = wait;
    }

    public Duration waitTime() {
        return wait;
    }
}
