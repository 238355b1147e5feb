package io.rayonne.testing;

import io.rayonne.base.ElasticsearchSettings;
import io.rayonne.base.internal.EmbeddedElasticsearch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * The real Elasticsearch for the whole test run: the same distribution and plugin as the
 * application, started once on a free loopback port with a fresh data folder under target/.
 */
public final class TestElasticsearch {

    /** The test node's snapshot repository (its path.repo). */
    public static final Path SNAPSHOTS = Path.of("target/test-elasticsearch-snapshots");

    private static EmbeddedElasticsearch node;
    private static ElasticsearchSettings.Embedded settings;

    private TestElasticsearch() {}

    /** The running node (started if needed), for benchmarks that measure it. */
    public static synchronized EmbeddedElasticsearch node() {
        url();
        return node;
    }

    public static synchronized URI url() {
        if (node == null) {
            Path dataDir = Path.of("target/test-elasticsearch");
            deleteRecursively(dataDir);
            deleteRecursively(SNAPSHOTS);
            URI url = URI.create("http://127.0.0.1:" + freePort());
            settings = new ElasticsearchSettings.Embedded(
                    true,
                    Path.of(System.getProperty(
                            "rayonne.elasticsearch.embedded.home", "target/elasticsearch/elasticsearch-8.19.21")),
                    Path.of(System.getProperty(
                            "rayonne.elasticsearch.embedded.plugin", "target/rayonne-analysis-plugin.zip")),
                    dataDir,
                    SNAPSHOTS,
                    "512m",
                    Duration.ofMinutes(3));
            node = EmbeddedElasticsearch.start(url, settings);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> node.close(), "test-elasticsearch-stop"));
        }
        return node.url();
    }

    /** Starts the node again after it was stopped, on the same port and with the same data. */
    public static synchronized EmbeddedElasticsearch restart() {
        URI url = url();
        node.close();
        node = EmbeddedElasticsearch.start(url, settings);
        return node;
    }

    /**
     * Kills the node at once, as a crash or a power cut would (SIGKILL: nothing flushed, no goodbye),
     * and waits until it is gone. {@link #restart} starts it again on the same data.
     */
    public static synchronized void crash() {
        String dir = node().nodeDir().toString();
        List<ProcessHandle> processes = ProcessHandle.current()
                .descendants()
                .filter(p -> p.info().commandLine().orElse("").contains(dir))
                .toList();
        if (processes.isEmpty()) {
            throw new IllegalStateException("No Elasticsearch process found for " + dir);
        }
        processes.forEach(ProcessHandle::destroyForcibly);
        processes.forEach(p -> p.onExit().join());
    }

    /**
     * A full disk as Elasticsearch meets it, without filling one: its disk checks turned on (the
     * embedded node starts without them) and the watermarks set above the free space, so that at its
     * next look at the disk it puts the flood-stage block on every index (writes refused, reads
     * served), exactly as at 95 % used. Returns once Rayonne's indices carry it.
     */
    public static void fillDisk() {
        clusterSettings("\"cluster.routing.allocation.disk.threshold_enabled\": true,"
                + " \"cluster.routing.allocation.disk.watermark.low\": \"300pb\","
                + " \"cluster.routing.allocation.disk.watermark.high\": \"200pb\","
                + " \"cluster.routing.allocation.disk.watermark.flood_stage\": \"100pb\","
                + " \"cluster.info.update.interval\": \"10s\"");
        awaitFloodBlock(true);
    }

    /**
     * Room again: the watermarks and checks back to the node's own settings. Elasticsearch lifts the
     * block by itself at its next look at the disk (as it does once usage is under the high
     * watermark); returns then.
     */
    public static void freeDisk() {
        clusterSettings("\"cluster.routing.allocation.disk.threshold_enabled\": null,"
                + " \"cluster.routing.allocation.disk.watermark.low\": null,"
                + " \"cluster.routing.allocation.disk.watermark.high\": null,"
                + " \"cluster.routing.allocation.disk.watermark.flood_stage\": null,"
                + " \"cluster.info.update.interval\": null");
        awaitFloodBlock(false);
    }

    private static void clusterSettings(String persistent) {
        HttpResponse<String> answer = http(HttpRequest.newBuilder(url().resolve("/_cluster/settings"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"persistent\": {" + persistent + "}}")));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Cluster settings refused: " + answer.body());
        }
    }

    private static void awaitFloodBlock(boolean present) {
        long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        URI blocks = url().resolve("/rayonne-*/_settings/index.blocks.read_only_allow_delete?flat_settings=true");
        while (http(HttpRequest.newBuilder(blocks)).body().contains("\"index.blocks.read_only_allow_delete\":\"true\"")
                != present) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("The flood-stage block did not " + (present ? "come" : "go"));
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
    }

    private static HttpResponse<String> http(HttpRequest.Builder request) {
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
