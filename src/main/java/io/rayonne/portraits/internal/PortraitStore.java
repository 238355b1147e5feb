package io.rayonne.portraits.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import io.rayonne.base.IndexDefinition;
import io.rayonne.base.elasticsearch.Documents;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.stereotype.Component;

/** Portraits and their revisions in Elasticsearch. */
@Component
public class PortraitStore {

    private final ElasticsearchOperations operations;

    private final ElasticsearchClient client;

    PortraitStore(ElasticsearchOperations operations, ElasticsearchClient client) {
        this.operations = operations;
        this.client = client;
    }

    @Configuration(proxyBeanMethods = false)
    static class Indexes {
        @Bean
        IndexDefinition portraitsIndex() {
            return new IndexDefinition("rayonne-portraits");
        }

        @Bean
        IndexDefinition portraitRevisionsIndex() {
            return new IndexDefinition("rayonne-portrait-revisions");
        }
    }

    public Optional<PortraitDocument> find(String id) {
        return Optional.ofNullable(operations.get(id, PortraitDocument.class));
    }

    public boolean create(PortraitDocument portrait) {
        return Documents.createIfAbsent(operations, portrait.id(), portrait);
    }

    /** Saves at the read revision; a stale one throws StaleEditException with what {@code current} gives. */
    public PortraitDocument save(PortraitDocument portrait, Supplier<Object> current) {
        return Documents.saveRevision(operations, portrait, current);
    }

    public List<PortraitDocument> byGuide(String guideId) {
        return search("guideId", guideId, SortOrder.Desc);
    }

    public List<PortraitDocument> byStatus(String status) {
        return search("status", status, SortOrder.Asc);
    }

    /** Portraits showing any of these photos. */
    public List<PortraitDocument> byPhotos(java.util.Collection<String> photoIds) {
        if (photoIds.isEmpty()) {
            return List.of();
        }
        NativeQuery query = NativeQuery.builder()
                .withQuery(q -> q.terms(t -> t.field("text.photoIds")
                        .terms(v -> v.value(photoIds.stream()
                                .map(co.elastic.clients.elasticsearch._types.FieldValue::of)
                                .toList()))))
                .withMaxResults(10_000)
                .build();
        return operations.search(query, PortraitDocument.class).stream()
                .map(SearchHit::getContent)
                .toList();
    }

    public List<PortraitDocument> all() {
        NativeQuery query = NativeQuery.builder()
                .withQuery(q -> q.matchAll(m -> m))
                .withMaxResults(10_000)
                .build();
        return operations.search(query, PortraitDocument.class).stream()
                .map(SearchHit::getContent)
                .toList();
    }

    /** Records a revision; false if its number was taken (it never should be: the portrait's save came first). */
    public boolean addRevision(RevisionDocument revision) {
        return Documents.createIfAbsent(operations, revision.id(), revision);
    }

    public List<RevisionDocument> revisions(String portraitId) {
        NativeQuery query = NativeQuery.builder()
                .withQuery(q -> q.term(t -> t.field("portraitId").value(portraitId)))
                .withSort(s -> s.field(f -> f.field("number").order(SortOrder.Desc)))
                .withMaxResults(10_000)
                .build();
        return operations.search(query, RevisionDocument.class).stream()
                .map(SearchHit::getContent)
                .toList();
    }

    private List<PortraitDocument> search(String field, String value, SortOrder order) {
        NativeQuery query = NativeQuery.builder()
                .withQuery(q -> q.term(t -> t.field(field).value(value)))
                .withSort(s -> s.field(f -> f.field("updatedAt").order(order)))
                .withMaxResults(10_000)
                .build();
        return operations.search(query, PortraitDocument.class).stream()
                .map(SearchHit::getContent)
                .toList();
    }

    /** How many portraits of these offices stand at each status, counted by Elasticsearch. */
    public Map<String, Long> countByStatus(Collection<String> officeIds) {
        try {
            var response = client.search(
                    s -> s.index("rayonne-portraits")
                            .size(0)
                            .query(q -> q.terms(t -> t.field("officeId")
                                    .terms(v -> v.value(officeIds.stream()
                                            .map(FieldValue::of)
                                            .toList()))))
                            .aggregations(
                                    "status",
                                    a -> a.terms(t -> t.field("status").size(20))),
                    Void.class);
            Map<String, Long> counts = new LinkedHashMap<>();
            for (StringTermsBucket b :
                    response.aggregations().get("status").sterms().buckets().array()) {
                counts.put(b.key().stringValue(), b.docCount());
            }
            return counts;
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("Portraits could not be counted", e);
        }
    }
}
