package io.rayonne.base.internal;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import io.rayonne.base.ElasticsearchSettings;
import java.time.Duration;
import org.elasticsearch.client.Node;
import org.elasticsearch.client.RestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.elasticsearch.client.ClientConfiguration;
import org.springframework.data.elasticsearch.client.elc.ElasticsearchClients;
import org.springframework.data.elasticsearch.client.elc.ElasticsearchConfiguration;
import org.springframework.data.elasticsearch.core.RefreshPolicy;

/**
 * Clients for the node that {@link ElasticsearchNode} found or started; a request left unanswered
 * tells the {@link StoreWatch} at once. Every write waits for the
 * refresh, so whoever saves sees their change in lists and search at once (bulk imports opt out).
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchConnection extends ElasticsearchConfiguration {

    private final ElasticsearchNode node;
    private final ElasticsearchSettings settings;
    private final StoreWatch watch;

    ElasticsearchConnection(ElasticsearchNode node, ElasticsearchSettings settings, StoreWatch watch) {
        this.node = node;
        this.settings = settings;
        this.watch = watch;
    }

    @Override
    public ClientConfiguration clientConfiguration() {
        var url = node.url();
        ClientConfiguration.MaybeSecureClientConfigurationBuilder address =
                ClientConfiguration.builder().connectedTo(url.getHost() + ":" + url.getPort());
        ClientConfiguration.TerminalClientConfigurationBuilder builder =
                "https".equals(url.getScheme()) ? address.usingSsl() : address;
        String username = settings.username();
        String password = settings.password();
        if (username != null && password != null) {
            builder = builder.withBasicAuth(username, password);
        }
        return builder.withConnectTimeout(Duration.ofSeconds(5))
                .withSocketTimeout(Duration.ofSeconds(30))
                .withClientConfigurer(ElasticsearchClients.ElasticsearchRestClientConfigurationCallback.from(
                        rest -> rest.setFailureListener(new RestClient.FailureListener() {
                            @Override
                            public void onFailure(Node failed) {
                                watch.unanswered();
                            }
                        })))
                .build();
    }

    /** Writes wait through a rebuild's last moment instead of failing ({@link BlockTolerantTransport}). */
    @Override
    @Bean
    public ElasticsearchTransport elasticsearchTransport(RestClient restClient, JsonpMapper jsonpMapper) {
        return new BlockTolerantTransport(
                super.elasticsearchTransport(restClient, jsonpMapper), watch::refusedForSpace);
    }

    @Override
    protected RefreshPolicy refreshPolicy() {
        return RefreshPolicy.WAIT_UNTIL;
    }
}
