package io.rayonne.operations.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.rayonne.base.ElasticsearchSettings;
import io.rayonne.operations.BackupSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where backups go: the snapshot repository Elasticsearch writes, the media copies beside it. */
@Configuration(proxyBeanMethods = false)
class BackupConfiguration {

    @Bean
    Snapshots snapshots(ElasticsearchClient client, BackupSettings backups, ElasticsearchSettings elasticsearch) {
        String location = backups.repositoryLocation() != null
                ? backups.repositoryLocation()
                : elasticsearch
                        .embedded()
                        .snapshots()
                        .toAbsolutePath()
                        .normalize()
                        .toString();
        return new Snapshots(client, location);
    }

    @Bean
    MediaCopies mediaCopies(BackupSettings backups) {
        return new MediaCopies(backups.directory().resolve("media"));
    }
}
