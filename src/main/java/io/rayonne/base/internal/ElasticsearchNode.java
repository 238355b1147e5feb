package io.rayonne.base.internal;

import io.rayonne.base.ElasticsearchSettings;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The Elasticsearch Rayonne talks to: the configured cluster when it answers, otherwise the embedded
 * node, started here before any client is built and stopped when Rayonne stops.
 */
@Component
class ElasticsearchNode implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchNode.class);

    private final URI url;
    private final @Nullable EmbeddedElasticsearch embedded;

    ElasticsearchNode(ElasticsearchSettings settings) {
        this.url = settings.url();
        EmbeddedElasticsearch.Probe probe = EmbeddedElasticsearch.probe(url);
        switch (probe) {
            case ELASTICSEARCH, NEEDS_CREDENTIALS -> {
                log.info("Using Elasticsearch at {}", url);
                embedded = null;
            }
            case SOMETHING_ELSE ->
                throw new EmbeddedElasticsearchException("Something that is not Elasticsearch answers at " + url
                        + ": stop it, or set rayonne.elasticsearch.url to your Elasticsearch.");
            case NOTHING -> {
                if (!settings.embedded().enabled()) {
                    throw new EmbeddedElasticsearchException(
                            "Nothing answers at " + url
                                    + " and the embedded Elasticsearch is off (production profile): start your cluster or fix rayonne.elasticsearch.url.");
                }
                if (!isLoopback(url)) {
                    throw new EmbeddedElasticsearchException(
                            "Nothing answers at " + url
                                    + ", and the embedded Elasticsearch only runs on this machine's loopback: start that cluster or fix rayonne.elasticsearch.url.");
                }
                log.info("Nothing answers at {}: starting the embedded Elasticsearch", url);
                embedded = EmbeddedElasticsearch.start(url, settings.embedded());
            }
            default -> throw new IllegalStateException(probe.name());
        }
    }

    URI url() {
        return url;
    }

    boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void destroy() {
        if (embedded != null) {
            embedded.close();
        }
    }

    private static boolean isLoopback(URI url) {
        try {
            return InetAddress.getByName(url.getHost()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
