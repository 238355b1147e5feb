package io.rayonne.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import io.rayonne.testing.MailjetEmulator;
import io.rayonne.testing.RayonneProcess;
import io.rayonne.testing.Resilience;
import io.rayonne.testing.TestElasticsearch;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A bulletin sent to 10 000 recipients while the worst happens: Rayonne killed (SIGKILL) at random
 * moments twenty times and started again each time; Elasticsearch crashing (SIGKILL) and restarting
 * under it; Elasticsearch's disk full for a while. Prints what Mailjet's emulator counted: addresses
 * that received two copies, addresses that received none (goal: none of either). Rayonne runs as a
 * child process (the one killed); this JVM holds the emulator and prepares the data without sending
 * anything itself (test contexts send no campaign unless they say so).
 * Run: ./mvnw -Presilience test
 */
class CampaignResilience extends LargeCampaignTest {

    private static final int RECIPIENTS = Resilience.size(10_000, 300);
    /** Small enough at the test command's scale that a blow falls between two batches. */
    private static final int BATCH = Resilience.size(500, 50);

    private Process sender;

    @AfterEach
    void stopSender() {
        if (sender != null) {
            RayonneProcess.kill(sender);
        }
        MAILJET.recording(true);
    }

    @Test
    void rayonneKilledMidSend() {
        int kills = Resilience.size(20, 2);
        Prepared p = sending("reprise");
        Random random = new Random(8058);
        long start = System.nanoTime();
        int killed = 0;
        while (killed < kills && state(p) != CampaignState.SENT) {
            sender = rayonne("kill-" + killed);
            long before = MAILJET.acceptedCount();
            // Killed once it is sending, at a random moment of it.
            Resilience.waitUntil(
                    () -> MAILJET.acceptedCount() > before || state(p) == CampaignState.SENT,
                    Duration.ofMinutes(3),
                    "Rayonne sending again");
            Resilience.pause(Duration.ofMillis(random.nextInt(1_500)));
            RayonneProcess.kill(sender);
            killed++;
            System.out.printf("kill %d: %d copies accepted by the emulator so far%n", killed, MAILJET.acceptedCount());
        }
        sender = rayonne("kill-last");
        finished(
                p,
                "reprise",
                "Rayonne killed " + killed + " times during the send (SIGKILL), started again each time",
                start);
    }

    @Test
    void elasticsearchCrashesMidSend() {
        int crashes = Resilience.size(5, 1);
        Prepared p = sending("panne");
        Random random = new Random(9200);
        long start = System.nanoTime();
        sender = rayonne("store-crash");
        int crashed = 0;
        // Until the campaign is sent: the copies Mailjet accepts may outnumber the recipients (a
        // batch handed again after a crash, dropped by DeduplicateCampaign), so they do not say it.
        while (crashed < crashes && !sent(p)) {
            long before = MAILJET.acceptedCount();
            Resilience.waitUntil(
                    () -> MAILJET.acceptedCount() > before || sent(p), Duration.ofMinutes(3), "Rayonne sending");
            if (sent(p)) {
                break;
            }
            Resilience.pause(Duration.ofMillis(random.nextInt(1_500)));
            TestElasticsearch.crash();
            Resilience.pause(Duration.ofMillis(2_000 + random.nextInt(2_000)));
            TestElasticsearch.restart();
            crashed++;
        }
        finished(
                p,
                "panne",
                "Elasticsearch crashed " + crashed + " times during the send (SIGKILL), restarted each time",
                start);
    }

    @Test
    void theDiskFillsMidSend() {
        Prepared p = sending("disque");
        long start = System.nanoTime();
        sender = rayonne("disk-full");
        Resilience.waitUntil(() -> MAILJET.acceptedCount() > 0, Duration.ofMinutes(3), "Rayonne sending");
        TestElasticsearch.fillDisk();
        long whenFull = MAILJET.acceptedCount();
        Resilience.pause(Duration.ofSeconds(5));
        long handedWhileFull = MAILJET.acceptedCount() - whenFull;
        TestElasticsearch.freeDisk();
        finished(
                p,
                "disque",
                "Elasticsearch's disk full during the send (its flood stage) for 5 s, then room again",
                start);
        Resilience.report(
                "copies handed to Mailjet in the 5 s the disk was full: %d (a batch already out when it filled)",
                handedWhileFull);
    }

    /** An office's issue, its recipients and a campaign due now, with the emulator counting afresh. */
    private Prepared sending(String label) {
        Prepared p = prepare(label, RECIPIENTS, List.of(new Block.Text("t", "Bonjour {prénom}.")));
        MAILJET.reset();
        MAILJET.recording(false);
        send(p);
        return p;
    }

    /** Waits for the campaign to be sent, then counts each recipient's copies. */
    private void finished(Prepared p, String label, String what, long start) {
        Resilience.waitUntil(() -> state(p) == CampaignState.SENT, Duration.ofMinutes(5), "the campaign sent");
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Long> copies = MAILJET.deliveredCopies();
        long twice = copies.values().stream().filter(n -> n > 1).count();
        long skipped = 0;
        for (int i = 0; i < RECIPIENTS; i++) {
            if (copies.getOrDefault(email(label, i), 0L) == 0) {
                skipped++;
            }
        }
        var progress = progress(p);
        Resilience.heading("bulletin");
        Resilience.report(
                "%d recipients, %s: %s after %.0f s (ledger: %d accepted, %d waiting)",
                RECIPIENTS, what, progress.campaign().state(), seconds, progress.accepted(), progress.waiting());
        Resilience.report(
                "duplicates (an address that received two copies): %d (goal 0) · skipped (an address that received none): %d (goal 0)",
                twice, skipped);
        Resilience.report(
                "recipients handed to Mailjet more than once: %d; second copies Mailjet's DeduplicateCampaign dropped: %d",
                MAILJET.handedAgain(), MAILJET.deduplicatedCount());
        assertThat(twice).as("addresses that received two copies").isZero();
        assertThat(skipped).as("addresses that received none").isZero();
    }

    private CampaignState state(Prepared p) {
        return progress(p).campaign().state();
    }

    /** Whether the campaign is sent; not yet while the restarted store still recovers its shards. */
    private boolean sent(Prepared p) {
        try {
            return state(p) == CampaignState.SENT;
        } catch (org.springframework.dao.DataAccessException e) {
            return false;
        }
    }

    /** Rayonne as a process of its own, on the same store and emulator, sending campaigns. */
    private static Process rayonne(String name) {
        return RayonneProcess.start(
                "io.rayonne.Application",
                "bulletin-" + name,
                List.of(
                        "--rayonne.newsletter.lease=2s",
                        "--rayonne.newsletter.tick=200ms",
                        "--rayonne.newsletter.retry-after=1s",
                        "--rayonne.newsletter.batch=" + BATCH,
                        "--rayonne.mail.mailjet.api-key=" + MailjetEmulator.API_KEY,
                        "--rayonne.mail.mailjet.secret-key=" + MailjetEmulator.SECRET,
                        "--rayonne.mail.mailjet.base-url=" + MAILJET.url()));
    }
}
