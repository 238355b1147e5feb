package io.rayonne.press.internal;

import io.rayonne.base.IndexDefinition;
import io.rayonne.base.elasticsearch.Documents;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.stereotype.Component;

/** Press kits in Elasticsearch. */
@Component
public class KitStore {

    private final ElasticsearchOperations operations;

    KitStore(ElasticsearchOperations operations) {
        this.operations = operations;
    }

    @Configuration(proxyBeanMethods = false)
    static class Indexes {
        @Bean
        IndexDefinition pressKitsIndex() {
            return new IndexDefinition("rayonne-press-kits");
        }
    }

    public Optional<KitDocument> kit(String id) {
        return Optional.ofNullable(operations.get(id, KitDocument.class));
    }

    public Optional<KitDocument> byToken(String token) {
        NativeQuery query = NativeQuery.builder()
                .withQuery(q -> q.term(t -> t.field("token").value(token)))
                .withMaxResults(1)
                .build();
        return operations.search(query, KitDocument.class).stream()
                .map(SearchHit::getContent)
                .findFirst();
    }

    /** Kits of these offices (all when null), latest changed first. */
    public List<KitDocument> kits(@Nullable Collection<String> officeIds) {
        NativeQuery query = NativeQuery.builder()
                .withQuery(q -> officeIds == null
                        ? q.matchAll(m -> m)
                        : q.terms(t -> t.field("officeId")
                                .terms(v -> v.value(officeIds.stream()
                                        .map(co.elastic.clients.elasticsearch._types.FieldValue::of)
                                        .toList()))))
                .withSort(Sort.by(Sort.Order.desc("updatedAt")))
                .withMaxResults(10_000)
                .build();
        return operations.search(query, KitDocument.class).stream()
                .map(SearchHit::getContent)
                .toList();
    }

    public boolean create(KitDocument document) {
        return Documents.createIfAbsent(operations, document.id(), document);
    }

    public KitDocument save(KitDocument document, Supplier<Object> current) {
        return Documents.saveRevision(operations, document, current);
    }
}
