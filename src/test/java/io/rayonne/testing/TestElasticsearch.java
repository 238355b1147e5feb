package io.rayonne.testing;

import io.rayonne.base.ElasticsearchSettings;
import io.rayonne.base.internal.EmbeddedElasticsearch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
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
