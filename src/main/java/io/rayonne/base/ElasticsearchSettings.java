package io.rayonne.base;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Elasticsearch is. With nothing answering at {@code url} and {@code embedded.enabled},
 * Rayonne starts the distribution the build unpacked, on the url's loopback port; its snapshots
 * (the backups' repository) go to {@code embedded.snapshots}.
 */
@ConfigurationProperties("rayonne.elasticsearch")
public record ElasticsearchSettings(
        @DefaultValue("http://127.0.0.1:9200") URI url,
        @Nullable String username,
        @Nullable String password,
        @DefaultValue Embedded embedded) {

    public record Embedded(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("target/elasticsearch/elasticsearch-8.19.21") Path home,
            @DefaultValue("target/rayonne-analysis-plugin.zip") Path plugin,
            @DefaultValue("data/elasticsearch") Path dataDir,
            @DefaultValue("data/backups/elasticsearch") Path snapshots,
            @DefaultValue("512m") String heap,
            @DefaultValue("120s") Duration startTimeout) {}
}
