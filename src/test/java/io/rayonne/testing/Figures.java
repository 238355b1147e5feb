package io.rayonne.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The figures a proof suite prints, kept in a file of the run under {@code target/<suite>/}, and the
 * scale it runs at: 1 for the figures (the suite's own command), a fraction in the test command,
 * where only what the suite checks counts.
 */
public final class Figures {

    private final String suite;
    private final double scale;
    private final Path file;

    /** The figures of {@code suite}, at the scale the system property {@code scaleProperty} gives (1 without it). */
    Figures(String suite, String scaleProperty) {
        this.suite = suite;
        this.scale = Double.parseDouble(System.getProperty(scaleProperty, "1"));
        this.file = Path.of("target", suite, "figures.txt");
    }

    /** {@code full} at full scale, never fewer than {@code least}. */
    public int size(int full, int least) {
        return Math.max(least, (int) Math.round(full * scale));
    }

    /** Prints a figure and keeps it in the run's file. */
    public void report(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println(line);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file,
                    line + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The heading of one part's figures, with the scale it ran at. */
    public void heading(String name) {
        report("");
        report(
                "=== Rayonne %s %s (%d cores, scale %s) ===",
                name, suite, Runtime.getRuntime().availableProcessors(), scale);
    }
}
