package io.rayonne.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import io.rayonne.testing.Bench;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A personalised issue rendered and handed to 10 000 recipients through Mailjet's emulator: the
 * time from "send" to the campaign sent (ledger written, every copy answered), and the heap it took.
 * Prints figures; checks each recipient got one copy. Run: ./mvnw -Pbenchmark test -Dtest=CampaignBenchmark
 */
class CampaignBenchmark extends LargeCampaignTest {

    private static final int RECIPIENTS = Bench.size(10_000, 100);

    @org.springframework.test.context.DynamicPropertySource
    static void sends(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("rayonne.test.sends", () -> "true");
    }

    @Test
    void tenThousandRecipients() throws Exception {
        Prepared p = prepare(
                "bulletins",
                RECIPIENTS,
                List.of(
                        new Block.Text(
                                "t",
                                "Bonjour {prénom}, voici les nouvelles de **{entreprise}** : "
                                        + "la fréquentation, les groupes, les accueils presse et les rendez-vous du mois. "
                                                .repeat(6)),
                        new Block.KeyFigure("f", "210", "dossiers de groupes traités ce mois-ci")));
        MAILJET.reset();
        MAILJET.recording(false);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        // The heap read every 20 ms while the campaign goes, its highest value kept.
        var sampler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(
                () -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                0,
                20,
                java.util.concurrent.TimeUnit.MILLISECONDS);
        long start = System.nanoTime();
        send(p);
        Campaign.Progress progress;
        do {
            java.util.concurrent.locks.LockSupport.parkNanos(
                    Duration.ofMillis(100).toNanos());
            progress = progress(p);
        } while (progress.campaign().state() != CampaignState.SENT
                && System.nanoTime() - start < Duration.ofMinutes(5).toNanos());
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.shutdownNow();
        System.gc();
        long retained = memory.getHeapMemoryUsage().getUsed() - baseline;
        MAILJET.recording(true);
        Bench.heading("bulletin");
        Bench.report(
                "%d recipients: %s in %.1f s (%.0f copies/s; goal ≤ 10 s) — %d accepted by the emulator, %d delivered",
                progress.campaign().total(),
                progress.campaign().state(),
                seconds,
                progress.campaign().total() / seconds,
                MAILJET.acceptedCount(),
                MAILJET.deliveredCopies().size());
        Bench.report(
                "heap: peak %.0f MB above the start (garbage included), %.0f MB kept after the send (goal ≤ 100 MB growth)",
                (peak.get() - baseline) / 1e6, retained / 1e6);
        assertThat(progress.campaign().state()).isEqualTo(CampaignState.SENT);
        assertThat(MAILJET.acceptedCount()).as("one copy per recipient").isEqualTo(RECIPIENTS);
    }
}
