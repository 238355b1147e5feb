package io.rayonne.base.internal;

import io.rayonne.base.ElasticsearchSettings;
import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.elasticsearch.client.ClientConfiguration;
import org.springframework.data.elasticsearch.client.elc.ElasticsearchConfiguration;
import org.springframework.data.elasticsearch.core.RefreshPolicy;

/**
 * Clients for the node that {@link ElasticsearchNode} found or started. Every write waits for the
 * refresh, so whoever saves sees their change in lists and search at once (bulk imports opt out).
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchConnection extends ElasticsearchConfiguration {

    private final ElasticsearchNode node;
    private final ElasticsearchSettings settings;

    ElasticsearchConnection(ElasticsearchNode node, ElasticsearchSettings settings) {
        this.node = node;
        this.settings = settings;
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
                .build();
    }

    @Override
    protected RefreshPolicy refreshPolicy() {
        return RefreshPolicy.WAIT_UNTIL;
    }
}
