package io.rayonne.portraits.internal;

import co.elastic.clients.elasticsearch._types.SortOrder;
import io.rayonne.base.IndexDefinition;
import io.rayonne.base.elasticsearch.Documents;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.stereotype.Component;

/** Series of portraits in Elasticsearch. */
@Component
public class SeriesStore {

    private final ElasticsearchOperations operations;

    SeriesStore(ElasticsearchOperations operations) {
        this.operations = operations;
    }

    @Configuration(proxyBeanMethods = false)
    static class Indexes {
        @Bean
        IndexDefinition portraitSeriesIndex() {
            return new IndexDefinition("rayonne-portrait-series");
        }
    }

    public Optional<SeriesDocument> find(String id) {
        return Optional.ofNullable(operations.get(id, SeriesDocument.class));
    }

    public boolean create(SeriesDocument series) {
        return Documents.createIfAbsent(operations, series.id(), series);
    }

    public SeriesDocument save(SeriesDocument series, Supplier<Object> current) {
        return Documents.saveRevision(operations, series, current);
    }

    public List<SeriesDocument> all() {
        NativeQuery query = NativeQuery.builder()
                .withQuery(q -> q.matchAll(m -> m))
                .withSort(s -> s.field(f -> f.field("start").order(SortOrder.Desc)))
                .withMaxResults(1_000)
                .build();
        return operations.search(query, SeriesDocument.class).stream()
                .map(SearchHit::getContent)
                .toList();
    }
}
