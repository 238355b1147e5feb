package io.rayonne.press.internal;

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

/** Journalists and outlets in Elasticsearch. */
@Component
public class PressStore {

    private final ElasticsearchOperations operations;

    PressStore(ElasticsearchOperations operations) {
        this.operations = operations;
    }

    @Configuration(proxyBeanMethods = false)
    static class Indexes {
        @Bean
        IndexDefinition journalistsIndex() {
            return new IndexDefinition("rayonne-journalists");
        }

        @Bean
        IndexDefinition outletsIndex() {
            return new IndexDefinition("rayonne-outlets");
        }
    }

    public Optional<JournalistDocument> journalist(String id) {
        return Optional.ofNullable(operations.get(id, JournalistDocument.class));
    }

    public Optional<OutletDocument> outlet(String id) {
        return Optional.ofNullable(operations.get(id, OutletDocument.class));
    }

    public boolean create(Object document, String id) {
        return Documents.createIfAbsent(operations, id, document);
    }

    public <T> T save(T document, Supplier<Object> current) {
        return Documents.saveRevision(operations, document, current);
    }

    /** Journalists not merged into another, by name. */
    public List<JournalistDocument> journalists() {
        NativeQuery query = NativeQuery.builder()
                .withQuery(q -> q.bool(b -> b.mustNot(m -> m.exists(e -> e.field("mergedInto")))))
                .withSort(s -> s.field(f -> f.field("nameFolded")))
                .withMaxResults(10_000)
                .build();
        return operations.search(query, JournalistDocument.class).stream()
                .map(SearchHit::getContent)
                .toList();
    }

    public List<OutletDocument> outlets() {
        NativeQuery query = NativeQuery.builder()
                .withQuery(q -> q.matchAll(m -> m))
                .withSort(s -> s.field(f -> f.field("nameFolded")))
                .withMaxResults(10_000)
                .build();
        return operations.search(query, OutletDocument.class).stream()
                .map(SearchHit::getContent)
                .toList();
    }

    /**
     * Journalists who might be the one described: a name close to this one (typos forgiven, accents
     * ignored) or the same email. A short list for the finer comparison that follows.
     */
    public List<JournalistDocument> nameOrEmailLike(String name, String emailFolded, int max) {
        NativeQuery query = NativeQuery.builder()
                .withQuery(q -> q.bool(b -> {
                    b.mustNot(m -> m.exists(e -> e.field("mergedInto")));
                    b.should(s -> s.match(m -> m.field("name").query(name).fuzziness("AUTO")));
                    if (!emailFolded.isEmpty()) {
                        b.should(s -> s.term(t -> t.field("emailFolded").value(emailFolded)));
                    }
                    return b.minimumShouldMatch("1");
                }))
                .withMaxResults(max)
                .build();
        return operations.search(query, JournalistDocument.class).stream()
                .map(SearchHit::getContent)
                .toList();
    }

    /** Every journalist record with this address, merged ones too (their details stay on them). */
    public List<JournalistDocument> journalistsWithEmail(String emailFolded) {
        NativeQuery query = NativeQuery.builder()
                .withQuery(q -> q.term(t -> t.field("emailFolded").value(emailFolded)))
                .withMaxResults(1_000)
                .build();
        return operations.search(query, JournalistDocument.class).stream()
                .map(SearchHit::getContent)
                .toList();
    }

    /** Journalists with an address whose record has not changed since {@code before}. */
    public List<JournalistDocument> journalistsUnchangedSince(java.time.Instant before) {
        NativeQuery query = NativeQuery.builder()
                .withQuery(q -> q.bool(b -> b.mustNot(m -> m.exists(e -> e.field("mergedInto")))
                        .mustNot(m -> m.term(t -> t.field("emailFolded").value("")))
                        .filter(f -> f.exists(e -> e.field("emailFolded")))
                        .filter(f -> f.range(r -> r.untyped(u ->
                                u.field("updatedAt").lt(co.elastic.clients.json.JsonData.of(before.toEpochMilli())))))))
                .withMaxResults(10_000)
                .build();
        return operations.search(query, JournalistDocument.class).stream()
                .map(SearchHit::getContent)
                .toList();
    }
}
