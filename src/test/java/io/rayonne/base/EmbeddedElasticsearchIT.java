package io.rayonne.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rayonne.base.internal.EmbeddedElasticsearch;
import io.rayonne.base.internal.EmbeddedElasticsearchException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** When the embedded node cannot start, one sentence says why and what to do. */
class EmbeddedElasticsearchIT {

    private static ElasticsearchSettings.Embedded settings(Path home, Path dataDir) {
        return new ElasticsearchSettings.Embedded(
                true,
                home,
                Path.of(System.getProperty(
                        "rayonne.elasticsearch.embedded.plugin", "target/rayonne-analysis-plugin.zip")),
                dataDir,
                dataDir.resolve("snapshots"),
                "256m",
                Duration.ofMinutes(2));
    }

    private static Path home() {
        return Path.of(System.getProperty(
                "rayonne.elasticsearch.embedded.home", "target/elasticsearch/elasticsearch-8.19.21"));
    }

    @Test
    void aMissingDistributionSaysHowToGetIt() {
        assertThatThrownBy(() -> EmbeddedElasticsearch.start(
                        URI.create("http://127.0.0.1:9299"),
                        settings(Path.of("target/nowhere"), Path.of("target/es-missing"))))
                .isInstanceOf(EmbeddedElasticsearchException.class)
                .hasMessageContaining("distribution is missing")
                .hasMessageContaining("./mvnw");
    }

    @Test
    void aTakenPortIsNamedWithTheWayOut() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            URI url = URI.create("http://127.0.0.1:" + taken.getLocalPort());
            assertThat(EmbeddedElasticsearch.probe(url)).isEqualTo(EmbeddedElasticsearch.Probe.SOMETHING_ELSE);
            assertThatThrownBy(
                            () -> EmbeddedElasticsearch.start(url, settings(home(), Path.of("target/es-port-taken"))))
                    .isInstanceOf(EmbeddedElasticsearchException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort() + " is already taken")
                    .hasMessageContaining("rayonne.elasticsearch.url");
        }
    }

    @Test
    void nothingListeningIsToldApartFromSomethingElse() throws IOException {
        int free;
        try (ServerSocket socket = new ServerSocket(0)) {
            free = socket.getLocalPort();
        }
        assertThat(EmbeddedElasticsearch.probe(URI.create("http://127.0.0.1:" + free)))
                .isEqualTo(EmbeddedElasticsearch.Probe.NOTHING);
    }
}
