package io.rayonne.operations.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.TotalHits;
import io.rayonne.base.IndexDefinition;
import io.rayonne.operations.AuditEntry;
import io.rayonne.operations.AuditQuery;
import io.rayonne.operations.AuditTrail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The audit log's index. Lines are appended under ids Elasticsearch makes up, so none can be
 * written over; there is no method to change or delete one.
 */
@Component
public class AuditStore {

    static final String ALIAS = "rayonne-audit";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ElasticsearchClient client;

    AuditStore(ElasticsearchClient client) {
        this.client = client;
    }

    @Configuration(proxyBeanMethods = false)
    static class Index {
        @Bean
        IndexDefinition auditIndex() {
            return new IndexDefinition(ALIAS);
        }
    }

    void append(AuditEntry entry) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("at", entry.at().toString());
        document.put("actor", entry.actor());
        document.put("roles", entry.roles());
        document.put("action", entry.action());
        document.put("subjectType", entry.subjectType());
        document.put("subjectId", entry.subjectId());
        document.put("label", entry.label());
        document.put("origin", entry.origin());
        try {
            client.index(i -> i.index(ALIAS).document(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public AuditTrail.Page search(AuditQuery query, int offset, int limit) {
        List<Query> filters = new ArrayList<>();
        if (query.subjectType() != null) {
            filters.add(term("subjectType", query.subjectType()));
        }
        if (query.actor() != null) {
            filters.add(term("actor", query.actor()));
        }
        if (query.from() != null || query.to() != null) {
            filters.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field("at");
                if (query.from() != null) {
                    d.gte(query.from().atStartOfDay(PARIS).toInstant().toString());
                }
                if (query.to() != null) {
                    d.lt(query.to().plusDays(1).atStartOfDay(PARIS).toInstant().toString());
                }
                return d;
            }))));
        }
        String text = query.text().strip();
        Query matching = text.isEmpty()
                ? Query.of(q -> q.matchAll(m -> m))
                : Query.of(q -> q.bool(b -> b.should(
                                s -> s.match(m -> m.field("label").query(text).operator(Operator.And)))
                        .should(term("actor", text.toLowerCase(java.util.Locale.ROOT)))
                        .should(term("subjectId", text))
                        .should(term("origin", text))
                        .should(term("action", text))
                        .minimumShouldMatch("1")));
        try {
            SearchResponse<Map> response = client.search(
                    s -> s.index(ALIAS)
                            .from(offset)
                            .size(limit)
                            .trackTotalHits(t -> t.enabled(true))
                            .query(q -> q.bool(b -> b.must(matching).filter(filters)))
                            .sort(o -> o.field(f -> f.field("at").order(SortOrder.Desc))),
                    Map.class);
            List<AuditEntry> entries = new ArrayList<>();
            for (Hit<Map> hit : response.hits().hits()) {
                entries.add(entry(hit.source()));
            }
            TotalHits total = response.hits().total();
            return new AuditTrail.Page(total == null ? entries.size() : total.value(), entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static AuditEntry entry(Map<String, Object> source) {
        return new AuditEntry(
                Instant.parse((String) source.get("at")),
                (String) source.get("actor"),
                (List<String>) source.getOrDefault("roles", List.of()),
                (String) source.get("action"),
                (String) source.get("subjectId"),
                (String) source.getOrDefault("label", ""),
                (String) source.getOrDefault("origin", ""));
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }
}
