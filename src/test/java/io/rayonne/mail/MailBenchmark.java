package io.rayonne.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.rayonne.mail.internal.MailjetGateway;
import io.rayonne.testing.Bench;
import io.rayonne.testing.MailjetEmulator;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * How many messages a second the Mailjet adapter hands to the emulator, and its memory meanwhile.
 * Prints figures; checks the emulator got each one. Run: ./mvnw -Pbenchmark test
 */
class MailBenchmark {

    private static final int WARMUP = Bench.size(2_000, 100);
    private static final int MESSAGES = Bench.size(20_000, 1_000);

    @Test
    void messagesPerSecondThroughTheRealClient() {
        try (MailjetEmulator emulator = new MailjetEmulator().recording(false)) {
            MailjetGateway gateway = new MailjetGateway(new MailSettings.Mailjet(
                    MailjetEmulator.API_KEY,
                    MailjetEmulator.SECRET,
                    emulator.url(),
                    false,
                    Duration.ofSeconds(5),
                    Duration.ofSeconds(30),
                    3,
                    Duration.ofMillis(100),
                    4));
            String html = "<p>" + "Bulletin des partenaires de l’office de tourisme. ".repeat(80) + "</p>";
            gateway.deliver(messages(WARMUP, html));
            System.gc();
            long heapBefore = usedHeap();
            long start = System.nanoTime();
            long peak = 0;
            List<MailMessage> all = messages(MESSAGES, html);
            for (int from = 0; from < MESSAGES; from += 1_000) {
                gateway.deliver(all.subList(from, from + 1_000));
                peak = Math.max(peak, usedHeap());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Bench.heading("mail");
            Bench.report(
                    "%d messages of %d KB HTML in batches of 50: %.2f s, %.0f messages/s (up to 4 requests in flight)",
                    MESSAGES, html.length() / 1024, seconds, MESSAGES / seconds);
            Bench.report("emulator accepted %d messages", emulator.acceptedCount() - WARMUP);
            Bench.report(
                    "heap in use: %d MB before, %d MB at the highest sample (messages to send included)",
                    heapBefore >> 20, peak >> 20);
            assertThat(emulator.acceptedCount()).isEqualTo(WARMUP + MESSAGES);
        }
    }

    private static List<MailMessage> messages(int count, String html) {
        return IntStream.range(0, count)
                .mapToObj(i -> MailMessage.of(
                        "bench-" + System.nanoTime() + "-" + i,
                        new Address("bulletin@amiens-tourisme.example", "Amiens Métropole Tourisme"),
                        Address.of("partenaire" + i + "@example.org"),
                        "Back Office de mars",
                        html,
                        "Bulletin"))
                .toList();
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
