package io.rayonne.press.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.util.ObjectBuilder;
import io.rayonne.base.IndexDefinition;
import io.rayonne.base.elasticsearch.Documents;
import io.rayonne.press.CoverageReport;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.stereotype.Component;

/** Press visits, coverage and the networks' press settings in Elasticsearch. */
@Component
public class VisitStore {

    private static final String COVERAGE = "rayonne-coverage";
    private static final String VISITS = "rayonne-press-visits";

    private final ElasticsearchOperations operations;
    private final ElasticsearchClient client;

    VisitStore(ElasticsearchOperations operations, ElasticsearchClient client) {
        this.operations = operations;
        this.client = client;
    }

    @Configuration(proxyBeanMethods = false)
    static class Indexes {
        @Bean
        IndexDefinition pressVisitsIndex() {
            return new IndexDefinition("rayonne-press-visits");
        }

        @Bean
        IndexDefinition coverageIndex() {
            return new IndexDefinition(COVERAGE);
        }

        @Bean
        IndexDefinition pressNetworksIndex() {
            return new IndexDefinition("rayonne-press-networks");
        }
    }

    public Optional<VisitDocument> visit(String id) {
        return Optional.ofNullable(operations.get(id, VisitDocument.class));
    }

    public Optional<CoverageDocument> coverage(String id) {
        return Optional.ofNullable(operations.get(id, CoverageDocument.class));
    }

    public Optional<NetworkPressDocument> network(String id) {
        return Optional.ofNullable(operations.get(id, NetworkPressDocument.class));
    }

    public boolean create(Object document, String id) {
        return Documents.createIfAbsent(operations, id, document);
    }

    public <T> T save(T document, Supplier<Object> current) {
        return Documents.saveRevision(operations, document, current);
    }

    public void saveSettings(NetworkPressDocument settings) {
        operations.save(settings);
    }

    /** Visits naming this journalist, or whose programme was sent to these addresses (personal data). */
    public List<VisitDocument> visitsOf(String journalistId, Collection<String> addresses) {
        NativeQuery query = NativeQuery.builder()
                .withQuery(q -> q.bool(
                        b -> b.should(s -> s.term(t -> t.field("journalistIds").value(journalistId)))
                                .should(s -> s.terms(t -> t.field("sends.to").terms(v -> v.value(values(addresses)))))
                                .should(s -> s.terms(t -> t.field("sends.cc").terms(v -> v.value(values(addresses)))))
                                .minimumShouldMatch("1")))
                .withMaxResults(10_000)
                .build();
        return operations.search(query, VisitDocument.class).stream()
                .map(SearchHit::getContent)
                .toList();
    }

    /** Coverage signed by this journalist. */
    public List<CoverageDocument> coverageBy(String journalistId) {
        NativeQuery query = NativeQuery.builder()
                .withQuery(q -> q.term(t -> t.field("journalistId").value(journalistId)))
                .withMaxResults(10_000)
                .build();
        return operations.search(query, CoverageDocument.class).stream()
                .map(SearchHit::getContent)
                .toList();
    }

    /** Replaces these addresses in the visit's programme sends (the sends themselves stay, counted). */
    public void forgetAddresses(VisitDocument visit, Collection<String> addresses, String replacement) {
        List<VisitDocument.SendDocument> sends = visit.sends().stream()
                .map(send -> new VisitDocument.SendDocument(
                        send.at(),
                        send.by(),
                        send.messageId(),
                        send.to().stream()
                                .map(a -> addresses.contains(a) ? replacement : a)
                                .toList(),
                        send.cc().stream()
                                .map(a -> addresses.contains(a) ? replacement : a)
                                .toList(),
                        send.outcome(),
                        send.reason()))
                .toList();
        try {
            client.update(
                    u -> u.index(VISITS)
                            .id(visit.id())
                            .doc(java.util.Map.of("sends", sends))
                            .refresh(co.elastic.clients.elasticsearch._types.Refresh.WaitFor),
                    Object.class);
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("The press visits did not answer", e);
        }
    }

    /** Visits of these offices (all when null), latest first; those with no dates yet on top. */
    public List<VisitDocument> visits(@Nullable Collection<String> officeIds) {
        NativeQuery query = NativeQuery.builder()
                .withQuery(q -> officeIds == null
                        ? q.matchAll(m -> m)
                        : q.terms(t -> t.field("officeId").terms(v -> v.value(values(officeIds)))))
                .withSort(Sort.by(Sort.Order.desc("start").nullsFirst()))
                .withMaxResults(10_000)
                .build();
        return operations.search(query, VisitDocument.class).stream()
                .map(SearchHit::getContent)
                .toList();
    }

    /**
     * Visits of these offices with any of these journalists, past the idea stage, that end on or
     * after {@code since} or, undated, were last changed after {@code changedSince}.
     */
    public List<VisitDocument> approaching(
            Collection<String> journalistIds, Collection<String> officeIds, LocalDate since, Instant changedSince) {
        if (journalistIds.isEmpty() || officeIds.isEmpty()) {
            return List.of();
        }
        NativeQuery query = NativeQuery.builder()
                .withQuery(q -> q.bool(b -> b.filter(
                                f -> f.terms(t -> t.field("journalistIds").terms(v -> v.value(values(journalistIds)))))
                        .filter(f -> f.terms(t -> t.field("officeId").terms(v -> v.value(values(officeIds)))))
                        .mustNot(m -> m.term(t -> t.field("status").value("IDEA")))
                        .should(s -> s.range(r -> r.date(d -> d.field("end").gte(since.toString()))))
                        .should(s -> s.bool(u -> u.mustNot(m -> m.exists(e -> e.field("start")))
                                .filter(f -> f.range(r -> r.date(
                                        d -> d.field("updatedAt").gte(String.valueOf(changedSince.toEpochMilli())))))))
                        .minimumShouldMatch("1")))
                .withMaxResults(100)
                .build();
        return operations.search(query, VisitDocument.class).stream()
                .map(SearchHit::getContent)
                .toList();
    }

    /** Coverage of an office (all when null) between two days included, latest first. */
    public List<CoverageDocument> coverage(@Nullable String officeId, LocalDate from, LocalDate to) {
        NativeQuery query = NativeQuery.builder()
                .withQuery(q -> q.bool(b -> b.filter(period(officeId, from, to))))
                .withSort(Sort.by(Sort.Order.desc("date")))
                .withMaxResults(10_000)
                .build();
        return operations.search(query, CoverageDocument.class).stream()
                .map(SearchHit::getContent)
                .toList();
    }

    /** The publication date of the latest coverage of an office (all when null). */
    public Optional<LocalDate> latestCoverage(@Nullable String officeId) {
        NativeQuery query = NativeQuery.builder()
                .withQuery(q -> officeId == null
                        ? q.matchAll(m -> m)
                        : q.term(t -> t.field("officeId").value(officeId)))
                .withSort(Sort.by(Sort.Order.desc("date")))
                .withMaxResults(1)
                .build();
        return operations.search(query, CoverageDocument.class).stream()
                .map(hit -> hit.getContent().date())
                .findFirst();
    }

    public List<CoverageDocument> coverageOfVisit(String visitId) {
        NativeQuery query = NativeQuery.builder()
                .withQuery(q -> q.term(t -> t.field("visitId").value(visitId)))
                .withSort(Sort.by(Sort.Order.asc("date")))
                .withMaxResults(1_000)
                .build();
        return operations.search(query, CoverageDocument.class).stream()
                .map(SearchHit::getContent)
                .toList();
    }

    /** Counted by Elasticsearch, not by loading the coverage. */
    public CoverageReport report(@Nullable String officeId, LocalDate from, LocalDate to) {
        return report(period(officeId, from, to), from, to);
    }

    /** Coverage of these offices in [from, to], both days included. */
    public CoverageReport report(Collection<String> officeIds, LocalDate from, LocalDate to) {
        return report(period(officeIds, from, to), from, to);
    }

    /**
     * The visits of these offices that start in [from, to], what they cost, and how many pieces of
     * coverage of that period came from a visit.
     */
    public VisitCounts visitCounts(Collection<String> officeIds, LocalDate from, LocalDate to) {
        Query offices = Query.of(q -> q.terms(t -> t.field("officeId").terms(v -> v.value(values(officeIds)))));
        try {
            SearchResponse<Void> visits = client.search(
                    s -> s.index(VISITS)
                            .size(0)
                            .trackTotalHits(t -> t.enabled(true))
                            .query(q -> q.bool(b -> b.filter(offices)
                                    .filter(f -> f.range(r -> r.date(d -> d.field("start")
                                            .gte(from.toString())
                                            .lte(to.toString()))))
                                    .mustNot(m -> m.term(t -> t.field("status").value("CANCELLED")))))
                            // PressVisit.costCents(): the actual costs once entered, the programme's otherwise
                            .aggregations("actual", a -> a.sum(m -> m.field("actualCostCents")))
                            .aggregations("planned", a -> a.filter(
                                            f -> f.bool(b -> b.mustNot(n -> n.exists(e -> e.field("actualCostCents")))))
                                    .aggregations("programme", p -> p.sum(m -> m.field("programme.costCents")))),
                    Void.class);
            var fromVisits = client.count(c -> c.index(COVERAGE)
                    .query(q -> q.bool(b ->
                            b.filter(period(officeIds, from, to)).filter(f -> f.exists(e -> e.field("visitId"))))));
            var total = visits.hits().total();
            return new VisitCounts(
                    total == null ? 0 : total.value(),
                    Math.round(visits.aggregations().get("actual").sum().value()
                            + visits.aggregations()
                                    .get("planned")
                                    .filter()
                                    .aggregations()
                                    .get("programme")
                                    .sum()
                                    .value()),
                    fromVisits.count());
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("The press visits did not answer", e);
        }
    }

    /** Visits counted: how many, their cost, the coverage they brought in the period. */
    public record VisitCounts(long visits, long costCents, long coverageFromVisits) {}

    private CoverageReport report(List<Query> filters, LocalDate from, LocalDate to) {
        try {
            SearchResponse<Void> response = client.search(
                    s -> s.index(COVERAGE)
                            .size(0)
                            .trackTotalHits(t -> t.enabled(true))
                            .query(q -> q.bool(b -> b.filter(filters)))
                            .aggregations("reach", a -> a.sum(m -> m.field("reach")))
                            .aggregations("market", a -> byKey(a, "market"))
                            .aggregations("language", a -> byKey(a, "language"))
                            .aggregations("medium", a -> byKey(a, "medium")),
                    Void.class);
            var total = response.hits().total();
            return new CoverageReport(
                    from,
                    to,
                    total == null ? 0 : total.value(),
                    Math.round(response.aggregations().get("reach").sum().value()),
                    buckets(response.aggregations().get("market")),
                    buckets(response.aggregations().get("language")),
                    buckets(response.aggregations().get("medium")));
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("The press visits did not answer", e);
        }
    }

    private static ObjectBuilder<Aggregation> byKey(Aggregation.Builder a, String field) {
        return a.terms(t -> t.field(field).size(100).missing(""))
                .aggregations("reach", r -> r.sum(m -> m.field("reach")));
    }

    private static List<CoverageReport.Bucket> buckets(Aggregate aggregate) {
        List<CoverageReport.Bucket> buckets = new ArrayList<>();
        for (StringTermsBucket b : aggregate.sterms().buckets().array()) {
            buckets.add(new CoverageReport.Bucket(
                    b.key().stringValue(),
                    b.docCount(),
                    Math.round(b.aggregations().get("reach").sum().value())));
        }
        return buckets;
    }

    private static List<Query> period(@Nullable String officeId, LocalDate from, LocalDate to) {
        List<Query> filters = new ArrayList<>();
        filters.add(Query.of(q ->
                q.range(r -> r.date(d -> d.field("date").gte(from.toString()).lte(to.toString())))));
        if (officeId != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("officeId").value(officeId))));
        }
        return filters;
    }

    private static List<Query> period(Collection<String> officeIds, LocalDate from, LocalDate to) {
        List<Query> filters = new ArrayList<>(period((String) null, from, to));
        filters.add(Query.of(q -> q.terms(t -> t.field("officeId").terms(v -> v.value(values(officeIds))))));
        return filters;
    }

    private static List<FieldValue> values(Collection<String> values) {
        return values.stream().map(FieldValue::of).toList();
    }
}
