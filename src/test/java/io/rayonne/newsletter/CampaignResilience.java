package io.rayonne.newsletter;

import io.rayonne.testing.MailjetEmulator;
import io.rayonne.testing.TestElasticsearch;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * Rayonne killed at random moments while it sends a bulletin to 10 000 recipients, 20 times, and
 * started again each time: prints what Mailjet's emulator counted — addresses that received two
 * copies, addresses that received none. Rayonne runs as a child process (the one killed, with
 * SIGKILL); this JVM holds the emulator and prepares the data without sending anything itself
 * (test contexts send no campaign unless they say so).
 * Run: ./mvnw -Presilience test
 */
class CampaignResilience extends LargeCampaignTest {

    private static final int RECIPIENTS = 10_000;
    private static final int KILLS = 20;

    @Test
    void killedTwentyTimesMidSend() throws Exception {
        Prepared p = prepare("reprise", RECIPIENTS, List.of(new Block.Text("t", "Bonjour {prénom}.")));
        MAILJET.reset();
        MAILJET.recording(false);
        send(p);

        Random random = new Random(8058);
        int kills = 0;
        long start = System.nanoTime();
        while (kills < KILLS && state(p) != CampaignState.SENT) {
            Process child = rayonne(kills);
            long before = MAILJET.acceptedCount();
            // Killed once it is sending, at a random moment of it.
            waitUntil(() -> MAILJET.acceptedCount() > before || state(p) == CampaignState.SENT, Duration.ofMinutes(3));
            LockSupport.parkNanos(Duration.ofMillis(random.nextInt(1_500)).toNanos());
            child.destroyForcibly().waitFor();
            kills++;
            System.out.printf("kill %d: %d copies accepted by the emulator so far%n", kills, MAILJET.acceptedCount());
        }
        Process last = rayonne(kills);
        waitUntil(() -> state(p) == CampaignState.SENT, Duration.ofMinutes(5));
        last.destroy();
        last.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;

        Map<String, Long> copies = MAILJET.deliveredCopies();
        long twice = copies.values().stream().filter(n -> n > 1).count();
        long skipped = 0;
        for (int i = 0; i < RECIPIENTS; i++) {
            if (copies.getOrDefault(email("reprise", i), 0L) == 0) {
                skipped++;
            }
        }
        var progress = progress(p);
        System.out.println(
                "=== Rayonne bulletin resilience (" + Runtime.getRuntime().availableProcessors() + " cores) ===");
        System.out.printf(
                "%d recipients, Rayonne killed %d times during the send, %s after %.0f s (ledger: %d accepted, %d waiting)%n",
                RECIPIENTS, kills, progress.campaign().state(), seconds, progress.accepted(), progress.waiting());
        System.out.printf(
                "duplicates (an address that received two copies): %d (goal 0) · skipped (an address that received none): %d (goal 0)%n",
                twice, skipped);
        System.out.printf(
                "recipients Rayonne handed over more than once after a kill: %d; second copies Mailjet's DeduplicateCampaign dropped: %d%n",
                MAILJET.handedAgain(), MAILJET.deduplicatedCount());
        MAILJET.recording(true);
    }

    private CampaignState state(Prepared p) {
        return progress(p).campaign().state();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, Duration atMost) {
        long until = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("Nothing happened within " + atMost);
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    /** Rayonne as a process of its own, on the same store and emulator, sending campaigns. */
    private static Process rayonne(int run) throws Exception {
        Path log = Path.of("target/resilience/rayonne-" + run + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                "io.rayonne.Application",
                "--server.port=0",
                "--rayonne.elasticsearch.url=" + TestElasticsearch.url(),
                "--rayonne.elasticsearch.embedded.enabled=false",
                "--rayonne.samples.enabled=false",
                "--rayonne.admin.password=" + ADMIN_PASSWORD,
                "--rayonne.media.directory=target/test-media",
                "--rayonne.newsletter.key-file=target/test-newsletter.key",
                "--rayonne.newsletter.lease=2s",
                "--rayonne.newsletter.tick=200ms",
                "--rayonne.mail.mailjet.api-key=" + MailjetEmulator.API_KEY,
                "--rayonne.mail.mailjet.secret-key=" + MailjetEmulator.SECRET,
                "--rayonne.mail.mailjet.base-url=" + MAILJET.url(),
                "--vaadin.launch-browser=false"));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .directory(new File("."))
                .start();
    }
}
