package io.rayonne.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-22T09:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void fourFailuresCostNothingTheFifthMakesTheAccountWait() {
        for (int i = 1; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            throttle.failed("Camille");
            assertThat(throttle.waitFor("camille")).isEmpty();
        }
        throttle.failed("camille");
        assertThat(throttle.waitFor("CAMILLE")).contains(LoginThrottle.FIRST_WAIT);
        assertThat(throttle.waitFor("hugo")).isEmpty();
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToTheCeiling() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS + 1; i++) {
            throttle.failed("hugo");
        }
        assertThat(throttle.waitFor("hugo")).contains(LoginThrottle.FIRST_WAIT.multipliedBy(2));
        for (int i = 0; i < 20; i++) {
            throttle.failed("hugo");
        }
        assertThat(throttle.waitFor("hugo")).contains(LoginThrottle.MAX_WAIT);
    }

    @Test
    void theWaitEndsWithTimeAndASuccessForgives() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            throttle.failed("lea");
        }
        now = now.plus(LoginThrottle.FIRST_WAIT).plus(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("lea")).isEmpty();
        throttle.succeeded("lea");
        throttle.failed("lea");
        assertThat(throttle.waitFor("lea")).isEmpty();
    }
}
