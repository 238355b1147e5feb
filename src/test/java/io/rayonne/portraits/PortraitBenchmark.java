package io.rayonne.portraits;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.SystemUser;
import io.rayonne.media.Photo;
import io.rayonne.media.PhotoSize;
import io.rayonne.media.Photos;
import io.rayonne.testing.Bench;
import io.rayonne.testing.BrowserTest;
import io.rayonne.testing.TestPhotos;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Upload-to-thumbnail time of a 10 MB photo, and the review queue's load time with 1 000 portraits
 * waiting (the service, and the page in the browser). Prints figures; checks every portrait is in the queue.
 * Run: ./mvnw -Pbenchmark test
 */
class PortraitBenchmark extends BrowserTest {

    private static final int UPLOADS = Bench.size(6, 1);
    private static final int QUEUE = Bench.size(1_000, 20);

    @Autowired
    Photos photos;

    @Autowired
    Portraits portraits;

    @Test
    void uploadsAndTheReviewQueue() throws Exception {
        Bench.heading("portraits");
        uploads();
        queue();
    }

    private void uploads() throws IOException {
        List<Long> millis = new ArrayList<>();
        long bytes = 0;
        long peakHeap = 0;
        for (int i = 0; i <= UPLOADS; i++) {
            byte[] photo = tenMegabytePhoto(i);
            bytes = photo.length;
            System.gc();
            long start = System.nanoTime();
            Photo uploaded = as("lea", () -> photos.upload(new ByteArrayInputStream(photo), "bench.jpg"), Role.GUIDE);
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            peakHeap = Math.max(peakHeap, usedHeap());
            if (!java.nio.file.Files.exists(as("lea", () -> photos.file(uploaded, PhotoSize.THUMBNAIL), Role.GUIDE))) {
                throw new IllegalStateException("No thumbnail for " + uploaded.id());
            }
            if (i > 0) { // the first one warms the decoders up
                millis.add(elapsed);
            }
            if (i == 0) {
                Bench.report(
                        "photo: %d × %d JPEG of %.1f MB", uploaded.width(), uploaded.height(), bytes / 1_048_576.0);
            }
        }
        Collections.sort(millis);
        Bench.report(
                "upload → original kept, preview 1600 px and thumbnail 320 px written, metadata indexed:"
                        + " median %d ms, min %d ms, max %d ms over %d uploads; heap in use at most %d MB",
                millis.get(millis.size() / 2),
                millis.get(0),
                millis.get(millis.size() - 1),
                millis.size(),
                peakHeap >> 20);
    }

    /** A photo-like JPEG of about 10 MB: a drawn landscape under fine noise, which JPEG cannot shrink. */
    private static byte[] tenMegabytePhoto(int seed) throws IOException {
        BufferedImage image = TestPhotos.landscape(5_472, 3_648, seed);
        Random random = new Random(seed);
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int x = 0; x < row.length; x++) {
                int noise = random.nextInt(64) - 32;
                int r = clamp(((row[x] >> 16) & 0xFF) + noise);
                int g = clamp(((row[x] >> 8) & 0xFF) + random.nextInt(64) - 32);
                int b = clamp((row[x] & 0xFF) + random.nextInt(64) - 32);
                row[x] = (r << 16) | (g << 8) | b;
            }
            image.setRGB(0, y, row.length, 1, row, 0, row.length);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.93f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private void queue() throws Exception {
        int waiting = as("camille", () -> portraits.reviewQueue().size(), Role.COMMUNICATION);
        int toAdd = Math.max(0, QUEUE - waiting);
        long start = System.nanoTime();
        AtomicInteger made = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int i = 0; i < toAdd; i++) {
                int n = i;
                jobs.add(pool.submit(() -> SystemUser.run(() -> {
                    portraits.importPortrait(
                            "bench-" + n + "-" + Long.toString(System.nanoTime(), 36),
                            "lea",
                            "amiens-metropole",
                            new PortraitText(
                                    "Guide n° " + n,
                                    "Patrimoine et architecture",
                                    Set.of("fr", "en"),
                                    "Amiens Métropole",
                                    List.of(new Favourite("Beffroi", "Vu du haut de la tour.")),
                                    "",
                                    "Guide-conférencier depuis " + (n % 30 + 1) + " ans.",
                                    List.of()),
                            PortraitStatus.SUBMITTED,
                            Instant.now());
                    made.incrementAndGet();
                })));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdown();
        }
        Bench.report(
                "set-up: %d submitted portraits added in %.1f s (each with its revision and search entry)",
                made.get(), (System.nanoTime() - start) / 1e9);

        List<Long> service = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < 11; i++) {
            long t = System.nanoTime();
            size = as("camille", () -> portraits.reviewQueue().size(), Role.COMMUNICATION);
            if (i > 0) {
                service.add((System.nanoTime() - t) / 1_000_000);
            }
        }
        assertThat(size).isGreaterThanOrEqualTo(QUEUE);
        Collections.sort(service);
        Bench.report(
                "review queue of %d portraits, service: median %d ms, max %d ms over %d reads",
                size, service.get(service.size() / 2), service.get(service.size() - 1), service.size());

        Page reviewer = login(newPage(), "camille", DEMO_PASSWORD);
        List<Long> pageMillis = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long t = System.nanoTime();
            reviewer.navigate(url("portraits"));
            reviewer.locator("#portraits-queue vaadin-grid-cell-content:visible")
                    .filter(new Locator.FilterOptions().setHasText("Guide n°"))
                    .first()
                    .waitFor();
            if (i > 0) {
                pageMillis.add((System.nanoTime() - t) / 1_000_000);
            }
        }
        Collections.sort(pageMillis);
        Bench.report(
                "review page in the browser (navigation until the queue's first rows show; all portraits listed below it):"
                        + " median %d ms, max %d ms over %d loads",
                pageMillis.get(pageMillis.size() / 2), pageMillis.get(pageMillis.size() - 1), pageMillis.size());
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
