package io.rayonne.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down repeated failed logins for one account: after {@value #FREE_ATTEMPTS} failures in a
 * row, each further attempt must wait, twice as long each time, up to a quarter of an hour. Kept in
 * memory: a restart forgives, and each instance counts its own (sticky sessions).
 */
@Component
public class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration MAX_WAIT = Duration.ofMinutes(15);

    private record Failures(int count, Instant lockedUntil) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this login must still wait before it may try again, if at all. */
    public Optional<Duration> waitFor(String login) {
        Failures f = failures.get(key(login));
        if (f == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), f.lockedUntil());
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    public void failed(String login) {
        failures.compute(key(login), (k, f) -> {
            int count = f == null ? 1 : f.count() + 1;
            Instant until = clock.instant();
            if (count >= FREE_ATTEMPTS) {
                long factor = 1L << Math.min(count - FREE_ATTEMPTS, 10);
                Duration wait = FIRST_WAIT.multipliedBy(factor);
                until = until.plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
            }
            return new Failures(count, until);
        });
    }

    public void succeeded(String login) {
        failures.remove(key(login));
    }

    private static String key(String login) {
        return login.strip().toLowerCase(Locale.ROOT);
    }
}
