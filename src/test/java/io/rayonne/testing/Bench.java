package io.rayonne.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The size of the benchmarks' generated data and where their figures go. {@code ./mvnw -Pbenchmark
 * test} runs them at full size (scale 1: 100 000 posts, 10 000 journalists, 100 000 partners); the
 * test command runs the same code at a small scale, where only what they check (every generated
 * item counted, every copy delivered) matters, not the times.
 */
public final class Bench {

    /** {@code rayonne.bench.scale}: 1 for the figures, a fraction for the test command. */
    public static final double SCALE = Double.parseDouble(System.getProperty("rayonne.bench.scale", "1"));

    /** Every figure of the run, in the order printed, read at the end of a long run. */
    public static final Path FIGURES = Path.of("target", "benchmark", "figures.txt");

    private Bench() {}

    /** {@code full} at full scale, never fewer than {@code least}. */
    public static int size(int full, int least) {
        return Math.max(least, (int) Math.round(full * SCALE));
    }

    /** Prints a figure and keeps it in {@link #FIGURES}. */
    public static void report(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println(line);
        try {
            Files.createDirectories(FIGURES.getParent());
            Files.writeString(
                    FIGURES,
                    line + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The heading of one benchmark's figures, with the scale it ran at. */
    public static void heading(String name) {
        report("");
        report(
                "=== Rayonne %s benchmark (%d cores, scale %s) ===",
                name, Runtime.getRuntime().availableProcessors(), SCALE);
    }
}
