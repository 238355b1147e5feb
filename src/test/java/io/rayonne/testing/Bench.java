package io.rayonne.testing;

/**
 * The size of the benchmarks' generated data and where their figures go
 * ({@code target/benchmark/figures.txt}). {@code ./mvnw -Pbenchmark test} runs them at full size
 * (scale 1: 100 000 posts, 10 000 journalists, 100 000 partners); the test command runs the same
 * code at a small scale ({@code rayonne.bench.scale}), where only what they check (every generated
 * item counted, every copy delivered) matters, not the times.
 */
public final class Bench {

    private static final Figures FIGURES = new Figures("benchmark", "rayonne.bench.scale");

    private Bench() {}

    /** {@code full} at full scale, never fewer than {@code least}. */
    public static int size(int full, int least) {
        return FIGURES.size(full, least);
    }

    /** Prints a figure and keeps it with the run's. */
    public static void report(String format, Object... args) {
        FIGURES.report(format, args);
    }

    /** The heading of one benchmark's figures, with the scale it ran at. */
    public static void heading(String name) {
        FIGURES.heading(name);
    }
}
