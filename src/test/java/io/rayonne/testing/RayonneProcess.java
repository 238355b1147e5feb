package io.rayonne.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Rayonne as a process of its own, on the test run's store, media and key: the one the resilience
 * suite kills (SIGKILL) and starts again. Its output goes to {@code target/resilience/<name>.log}.
 */
public final class RayonneProcess {

    private RayonneProcess() {}

    /** Starts {@code mainClass} (Rayonne's, or a test's that starts it) with Rayonne's test settings and {@code arguments}. */
    public static Process start(String mainClass, String name, List<String> arguments) {
        Path log = Path.of("target/resilience/" + name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                mainClass,
                "--server.port=0",
                "--rayonne.elasticsearch.url=" + TestElasticsearch.url(),
                "--rayonne.elasticsearch.embedded.enabled=false",
                "--rayonne.samples.enabled=false",
                "--rayonne.admin.password=" + RayonneTest.ADMIN_PASSWORD,
                "--rayonne.media.directory=target/test-media",
                "--rayonne.newsletter.key-file=target/test-newsletter.key",
                "--vaadin.launch-browser=false"));
        command.addAll(arguments);
        try {
            Files.createDirectories(log.getParent());
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .directory(new File("."))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills it at once, as a crash would (SIGKILL), and waits until it is gone. */
    public static void kill(Process process) {
        process.destroyForcibly();
        process.onExit().join();
    }
}
