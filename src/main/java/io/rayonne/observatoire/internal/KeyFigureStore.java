package io.rayonne.observatoire.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.rayonne.base.IndexDefinition;
import io.rayonne.base.StaleEditException;
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
import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.data.elasticsearch.core.query.BulkOptions;
import org.springframework.stereotype.Component;

/** The offices' months of key figures, their changes, and the networks' lists of figures. */
@Component
public class KeyFigureStore {

    private static final String MONTHS = "rayonne-key-figures";

    private final ElasticsearchOperations operations;
    private final ElasticsearchClient client;

    KeyFigureStore(ElasticsearchOperations operations, ElasticsearchClient client) {
        this.operations = operations;
        this.client = client;
    }

    @Configuration(proxyBeanMethods = false)
    static class Indexes {
        @Bean
        IndexDefinition keyFiguresIndex() {
            return new IndexDefinition(MONTHS);
        }

        @Bean
        IndexDefinition keyFigureChangesIndex() {
            return new IndexDefinition("rayonne-key-figure-changes");
        }

        @Bean
        IndexDefinition keyFigureListsIndex() {
            return new IndexDefinition("rayonne-key-figure-lists");
        }
    }

    public Optional<MonthDocument> month(String officeId, String month) {
        return Optional.ofNullable(operations.get(MonthDocument.idOf(officeId, month), MonthDocument.class));
    }

    /** Writes a month not entered yet; false when it exists. */
    public boolean create(MonthDocument month) {
        return Documents.createIfAbsent(operations, month.id(), month);
    }

    /** Writes the months not stored yet in one request; returns how many were new. */
    public int createAll(List<MonthDocument> months) {
        return Documents.createAllIfAbsent(
                operations,
                months.stream().map(m -> Documents.creation(m.id(), m)).toList(),
                BulkOptions.defaultOptions(),
                operations.getIndexCoordinatesFor(MonthDocument.class));
    }

    public MonthDocument save(MonthDocument month, Supplier<Object> current) {
        return Documents.saveRevision(operations, month, current);
    }

    /** The office's months in [from, to] ({@code yyyy-MM}), oldest first. */
    public List<MonthDocument> months(String officeId, String from, String to) {
        return find(
                MonthDocument.class,
                Query.of(q -> q.bool(b -> b.filter(term("officeId", officeId))
                        .filter(f -> f.range(
                                r -> r.date(d -> d.field("month").gte(from).lte(to)))))),
                Sort.by(Sort.Order.asc("month")),
                1_000);
    }

    public void keep(List<ChangeDocument> changes) {
        changes.forEach(c -> Documents.createIfAbsent(operations, c.id(), c));
    }

    /** The office's latest changes, newest first. */
    public List<ChangeDocument> changes(String officeId, int max) {
        return find(ChangeDocument.class, term("officeId", officeId), Sort.by(Sort.Order.desc("at")), max);
    }

    public Optional<FigureListDocument> list(String networkId) {
        return Optional.ofNullable(operations.get(networkId, FigureListDocument.class));
    }

    /** Saves a network's list over the version read (none the first time). */
    public FigureListDocument saveList(FigureListDocument list, Supplier<Object> current) {
        if (list.seqNoPrimaryTerm() != null) {
            return Documents.saveRevision(operations, list, current);
        }
        if (!Documents.createIfAbsent(operations, list.id(), list)) {
            throw new StaleEditException(current.get());
        }
        return list(list.id()).orElseThrow();
    }

    /**
     * The figures of these offices for each month in [from, to] ({@code yyyy-MM}), counted by
     * Elasticsearch: office → month → figure → value.
     */
    public Map<String, Map<String, Map<String, Double>>> values(Collection<String> officeIds, String from, String to) {
        try {
            var response = client.search(
                    s -> s.index(MONTHS)
                            .size(0)
                            .query(q -> q.bool(b -> b.filter(f -> f.terms(t -> t.field("officeId")
                                            .terms(v -> v.value(officeIds.stream()
                                                    .map(FieldValue::of)
                                                    .toList()))))
                                    .filter(f -> f.range(r -> r.date(
                                            d -> d.field("month").gte(from).lte(to))))))
                            .aggregations("office", a -> a.terms(
                                            t -> t.field("officeId").size(Math.max(1, officeIds.size())))
                                    .aggregations("month", m -> m.dateHistogram(h -> h.field("month")
                                                    .calendarInterval(CalendarInterval.Month)
                                                    .format("yyyy-MM"))
                                            .aggregations("values", n -> n.nested(x -> x.path("values"))
                                                    .aggregations("figure", fa -> fa.terms(t -> t.field("values.figure")
                                                                    .size(200))
                                                            .aggregations(
                                                                    "value",
                                                                    va -> va.sum(x -> x.field("values.value"))))))),
                    Void.class);
            Map<String, Map<String, Map<String, Double>>> values = new LinkedHashMap<>();
            for (StringTermsBucket office :
                    response.aggregations().get("office").sterms().buckets().array()) {
                Map<String, Map<String, Double>> months = new LinkedHashMap<>();
                for (DateHistogramBucket month : office.aggregations()
                        .get("month")
                        .dateHistogram()
                        .buckets()
                        .array()) {
                    Map<String, Double> figures = new LinkedHashMap<>();
                    var nested = month.aggregations().get("values").nested();
                    for (StringTermsBucket figure : nested.aggregations()
                            .get("figure")
                            .sterms()
                            .buckets()
                            .array()) {
                        figures.put(
                                figure.key().stringValue(),
                                figure.aggregations().get("value").sum().value());
                    }
                    if (!figures.isEmpty()) {
                        months.put(month.keyAsString(), figures);
                    }
                }
                values.put(office.key().stringValue(), months);
            }
            return values;
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("The key figures could not be counted", e);
        }
    }

    private <T> List<T> find(Class<T> type, Query query, Sort sort, int max) {
        NativeQuery search = NativeQuery.builder()
                .withQuery(query)
                .withSort(sort)
                .withMaxResults(max)
                .build();
        return operations.search(search, type).stream()
                .map(SearchHit::getContent)
                .toList();
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }
}
