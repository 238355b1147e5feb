package io.rayonne.testing;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The size of the resilience suite's runs and where its figures go
 * ({@code target/resilience/figures.txt}). {@code ./mvnw -Presilience test} runs them in full
 * (scale 1: 10 000 recipients, twenty kills of Rayonne, several crashes of Elasticsearch); the test
 * command runs the same code smaller ({@code rayonne.resilience.scale}), where what they count
 * (copies doubled or missing, edits and rows lost or doubled) must still be nothing.
 */
public final class Resilience {

    private static final Figures FIGURES = new Figures("resilience", "rayonne.resilience.scale");

    private Resilience() {}

    /** {@code full} at full scale, never fewer than {@code least}. */
    public static int size(int full, int least) {
        return FIGURES.size(full, least);
    }

    /** Prints a figure and keeps it with the run's. */
    public static void report(String format, Object... args) {
        FIGURES.report(format, args);
    }

    /** The heading of one run's figures, with the scale it ran at. */
    public static void heading(String name) {
        FIGURES.heading(name);
    }

    /** Waits until the condition holds; fails after {@code atMost}, naming what was awaited. */
    public static void waitUntil(BooleanSupplier condition, Duration atMost, String what) {
        long until = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("Not within " + atMost + ": " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    /** A pause of the run itself, between two blows (not a wait for something to happen). */
    public static void pause(Duration duration) {
        LockSupport.parkNanos(duration.toNanos());
    }
}
