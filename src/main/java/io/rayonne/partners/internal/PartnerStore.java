package io.rayonne.partners.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.rayonne.base.IndexDefinition;
import io.rayonne.base.elasticsearch.Documents;
import io.rayonne.partners.SegmentCount;
import io.rayonne.partners.SegmentCriteria;
import io.rayonne.partners.SubscriptionState;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.BulkFailureException;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.RefreshPolicy;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.data.elasticsearch.core.query.BulkOptions;
import org.springframework.data.elasticsearch.core.query.FetchSourceFilter;
import org.springframework.data.elasticsearch.core.query.IndexQuery;
import org.springframework.data.elasticsearch.core.query.IndexQueryBuilder;
import org.springframework.stereotype.Component;

/** Partners (with their contacts) and saved segments. */
@Component
public class PartnerStore {

    static final String PARTNERS = "rayonne-partners";
    private static final Sort BY_NAME = Sort.by(Sort.Order.asc("nameFolded"), Sort.Order.asc("id"));

    private final ElasticsearchOperations operations;
    private final ElasticsearchClient client;

    PartnerStore(ElasticsearchOperations operations, ElasticsearchClient client) {
        this.operations = operations;
        this.client = client;
    }

    @Configuration(proxyBeanMethods = false)
    static class Indexes {
        @Bean
        IndexDefinition partnersIndex() {
            return new IndexDefinition(PARTNERS);
        }

        @Bean
        IndexDefinition partnerSegmentsIndex() {
            return new IndexDefinition("rayonne-partner-segments");
        }
    }

    public Optional<PartnerDocument> partner(String id) {
        return Optional.ofNullable(operations.get(id, PartnerDocument.class));
    }

    /** Writes a new partner, unless one has its id. */
    public boolean create(PartnerDocument partner) {
        return Documents.createIfAbsent(operations, partner.id(), partner);
    }

    /** Saves over the version read; someone else's save meanwhile throws with what is stored now. */
    public PartnerDocument save(PartnerDocument partner, Supplier<Object> current) {
        return Documents.saveRevision(operations, partner, current);
    }

    public void delete(String id) {
        operations.delete(id, PartnerDocument.class);
    }

    /** The partners with a contact at this address (folded), in any office. */
    /** Partners with a contact unsubscribed or blocked before {@code before} (the retention rule). */
    public List<PartnerDocument> withContactsGoneBefore(java.time.Instant before) {
        Query gone = PartnerQueries.terms("contacts.state", List.of("UNSUBSCRIBED", "SUPPRESSED"));
        Query longAgo = Query.of(q -> q.range(r -> r.untyped(
                u -> u.field("contacts.changedAt").lt(co.elastic.clients.json.JsonData.of(before.toEpochMilli())))));
        Query query = Query.of(q -> q.nested(n -> n.path("contacts").query(c -> c.bool(b -> b.filter(gone, longAgo)))));
        return operations
                .search(
                        NativeQuery.builder()
                                .withQuery(query)
                                .withMaxResults(10_000)
                                .build(),
                        PartnerDocument.class)
                .stream()
                .map(SearchHit::getContent)
                .toList();
    }

    public List<PartnerDocument> withEmail(String emailFolded) {
        Query query = Query.of(q -> q.nested(
                n -> n.path("contacts").query(PartnerQueries.terms("contacts.emailFolded", List.of(emailFolded)))));
        return operations
                .search(
                        NativeQuery.builder()
                                .withQuery(query)
                                .withMaxResults(1_000)
                                .build(),
                        PartnerDocument.class)
                .stream()
                .map(SearchHit::getContent)
                .toList();
    }

    /** A page of the partners that match, among these offices, by name. */
    public List<PartnerDocument> page(SegmentCriteria criteria, Collection<String> offices, int page, int size) {
        Query query = PartnerQueries.partners(criteria, offices);
        NativeQuery search = NativeQuery.builder()
                .withQuery(query)
                .withSort(BY_NAME)
                .withPageable(org.springframework.data.domain.PageRequest.of(page, size))
                .build();
        return operations.search(search, PartnerDocument.class).stream()
                .map(SearchHit::getContent)
                .toList();
    }

    public long count(SegmentCriteria criteria, Collection<String> offices) {
        return operations.count(
                NativeQuery.builder()
                        .withQuery(PartnerQueries.partners(criteria, offices))
                        .build(),
                PartnerDocument.class);
    }

    /**
     * The partners found and their contacts that match {@code contacts}, counted by Elasticsearch:
     * by subscription state, and those subscribed without an email address.
     */
    public SegmentCount counts(SegmentCriteria criteria, Collection<String> offices) {
        Query partners = PartnerQueries.partners(criteria, offices);
        Query contacts = PartnerQueries.contacts(criteria);
        Query subscribedWithoutEmail = Query.of(q -> q.bool(
                b -> b.filter(PartnerQueries.terms("contacts.state", List.of(SubscriptionState.SUBSCRIBED.name())))
                        .filter(PartnerQueries.terms("contacts.emailFolded", List.of("")))));
        Aggregation byContact =
                Aggregation.of(a -> a.nested(n -> n.path("contacts")).aggregations("matching", m -> m.filter(contacts)
                        .aggregations("state", st -> st.terms(t -> t.field("contacts.state")))
                        .aggregations("noEmail", ne -> ne.filter(subscribedWithoutEmail))));
        try {
            SearchResponse<Void> response = client.search(
                    s -> s.index(PARTNERS)
                            .size(0)
                            .trackTotalHits(t -> t.enabled(true))
                            .query(partners)
                            .aggregations("contacts", byContact),
                    Void.class);
            long found = response.hits().total() == null
                    ? 0
                    : response.hits().total().value();
            Aggregate matching = response.aggregations()
                    .get("contacts")
                    .nested()
                    .aggregations()
                    .get("matching");
            long matched = matching.filter().docCount();
            long subscribed = 0;
            long unsubscribed = 0;
            long suppressed = 0;
            for (StringTermsBucket b : matching.filter()
                    .aggregations()
                    .get("state")
                    .sterms()
                    .buckets()
                    .array()) {
                switch (SubscriptionState.valueOf(b.key().stringValue())) {
                    case SUBSCRIBED -> subscribed = b.docCount();
                    case UNSUBSCRIBED -> unsubscribed = b.docCount();
                    case SUPPRESSED -> suppressed = b.docCount();
                }
            }
            long withoutEmail =
                    matching.filter().aggregations().get("noEmail").filter().docCount();
            return new SegmentCount(found, matched, subscribed - withoutEmail, unsubscribed, suppressed, withoutEmail);
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("Elasticsearch does not answer", e);
        }
    }

    /** Every partner that matches, in batches, in a stable order (search after the last one's id). */
    public void forEach(
            SegmentCriteria criteria, Collection<String> offices, int batch, Consumer<List<PartnerDocument>> each) {
        Query query = PartnerQueries.partners(criteria, offices);
        List<Object> after = null;
        while (true) {
            var builder = NativeQuery.builder()
                    .withQuery(query)
                    .withSort(Sort.by(Sort.Order.asc("id")))
                    .withMaxResults(batch);
            if (after != null) {
                builder.withSearchAfter(after);
            }
            var hits = operations.search(builder.build(), PartnerDocument.class);
            List<PartnerDocument> found =
                    hits.stream().map(SearchHit::getContent).toList();
            if (found.isEmpty()) {
                return;
            }
            each.accept(found);
            if (found.size() < batch) {
                return;
            }
            after = hits.getSearchHit(hits.getSearchHits().size() - 1).getSortValues();
        }
    }

    /** The values met in a field of the partners found (territories, cities), most frequent first. */
    public List<String> values(Collection<String> offices, String field) {
        Query query = PartnerQueries.partners(SegmentCriteria.everyone(), offices);
        boolean contact = field.startsWith("contacts.");
        try {
            SearchResponse<Void> response = client.search(
                    s -> s.index(PARTNERS)
                            .size(0)
                            .query(query)
                            .aggregations(
                                    "values",
                                    a -> contact
                                            ? a.nested(n -> n.path("contacts"))
                                                    .aggregations(
                                                            "inner",
                                                            i -> i.terms(t -> t.field(field)
                                                                    .size(200)))
                                            : a.terms(t -> t.field(field).size(200))),
                    Void.class);
            Aggregate values = response.aggregations().get("values");
            Aggregate terms = contact ? values.nested().aggregations().get("inner") : values;
            List<String> found = new ArrayList<>();
            for (StringTermsBucket b : terms.sterms().buckets().array()) {
                if (!b.key().stringValue().isBlank()) {
                    found.add(b.key().stringValue());
                }
            }
            return found;
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("Elasticsearch does not answer", e);
        }
    }

    /** Partners of an office that an import row may be: the same Apidae number, or the same folded name. */
    public List<PartnerDocument> sameAs(String officeId, String nameFolded, Collection<String> apidaeIds) {
        Query byApidae = PartnerQueries.terms("apidaeId", apidaeIds);
        Query byName = Query.of(q -> q.term(t -> t.field("nameFolded").value(nameFolded)));
        Query query = Query.of(
                q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("officeId").value(officeId)))
                        .should(apidaeIds.isEmpty() ? List.of(byName) : List.of(byName, byApidae))
                        .minimumShouldMatch("1")));
        return operations
                .search(
                        NativeQuery.builder()
                                .withQuery(query)
                                .withMaxResults(20)
                                .build(),
                        PartnerDocument.class)
                .stream()
                .map(SearchHit::getContent)
                .toList();
    }

    // ---- imports

    /** What imports match a row on, for one partner. */
    public record Key(String id, String nameFolded, String postalCode, @Nullable String apidaeId) {}

    /** The keys of every partner of an office, read without their contacts. */
    public List<Key> keys(String officeId) {
        List<Key> keys = new ArrayList<>();
        List<Object> after = null;
        Query query = Query.of(q -> q.term(t -> t.field("officeId").value(officeId)));
        while (true) {
            var builder = NativeQuery.builder()
                    .withQuery(query)
                    .withSort(Sort.by(Sort.Order.asc("id")))
                    .withSourceFilter(new FetchSourceFilter(
                            true, new String[] {"id", "nameFolded", "postalCode", "apidaeId"}, null))
                    .withMaxResults(5_000);
            if (after != null) {
                builder.withSearchAfter(after);
            }
            var hits = operations.search(builder.build(), KeyDocument.class);
            hits.forEach(h -> keys.add(new Key(
                    h.getContent().id(),
                    h.getContent().nameFolded(),
                    java.util.Objects.requireNonNullElse(h.getContent().postalCode(), ""),
                    h.getContent().apidaeId())));
            if (hits.getSearchHits().size() < 5_000) {
                return keys;
            }
            after = hits.getSearchHit(hits.getSearchHits().size() - 1).getSortValues();
        }
    }

    /** Only the fields of a partner that imports match on. */
    @org.springframework.data.elasticsearch.annotations.Document(indexName = PARTNERS, createIndex = false)
    record KeyDocument(
            @org.springframework.data.annotation.Id String id,
            String nameFolded,
            @Nullable String postalCode,
            @Nullable String apidaeId) {}

    public List<PartnerDocument> partners(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return operations
                .multiGet(
                        NativeQuery.builder().withIds(List.copyOf(ids)).build(),
                        PartnerDocument.class,
                        operations.getIndexCoordinatesFor(PartnerDocument.class))
                .stream()
                .filter(org.springframework.data.elasticsearch.core.MultiGetItem::hasItem)
                .map(org.springframework.data.elasticsearch.core.MultiGetItem::getItem)
                .toList();
    }

    /**
     * Writes new partners (refused where one has the id) and partners read before (refused where
     * someone saved them since), in one request, without waiting for the index to show them: an
     * import calls {@link #refresh} once at its end. Returns the ids refused.
     */
    public Set<String> writeAll(List<PartnerDocument> created, List<PartnerDocument> updated) {
        List<IndexQuery> queries = new ArrayList<>();
        for (PartnerDocument d : created) {
            queries.add(new IndexQueryBuilder()
                    .withId(d.id())
                    .withObject(d)
                    .withOpType(IndexQuery.OpType.CREATE)
                    .build());
        }
        for (PartnerDocument d : updated) {
            IndexQuery q = new IndexQueryBuilder().withId(d.id()).withObject(d).build();
            if (d.seqNoPrimaryTerm() != null) {
                q.setSeqNo(d.seqNoPrimaryTerm().sequenceNumber());
                q.setPrimaryTerm(d.seqNoPrimaryTerm().primaryTerm());
            }
            queries.add(q);
        }
        if (queries.isEmpty()) {
            return Set.of();
        }
        try {
            operations.bulkIndex(
                    queries,
                    BulkOptions.builder().withRefreshPolicy(RefreshPolicy.NONE).build(),
                    operations.getIndexCoordinatesFor(PartnerDocument.class));
            return Set.of();
        } catch (BulkFailureException e) {
            // A partner changed since it was read is the row's to report; any other refusal (the
            // disk full, the store going away) stops the import, which says how far it went.
            e.getFailedDocuments().forEach((id, failure) -> {
                if (failure.status() == null || failure.status() != 409) {
                    throw e;
                }
            });
            return e.getFailedDocuments().keySet();
        }
    }

    public void refresh() {
        operations.indexOps(PartnerDocument.class).refresh();
    }

    // ---- segments

    public List<SegmentDocument> segments(Collection<String> officeIds) {
        NativeQuery query = NativeQuery.builder()
                .withQuery(PartnerQueries.terms("officeId", officeIds))
                .withSort(Sort.by(Sort.Order.asc("name.sort")))
                .withMaxResults(1_000)
                .build();
        return operations.search(query, SegmentDocument.class).stream()
                .map(SearchHit::getContent)
                .toList();
    }

    public Optional<SegmentDocument> segment(String id) {
        return Optional.ofNullable(operations.get(id, SegmentDocument.class));
    }

    public boolean createSegment(SegmentDocument segment) {
        return Documents.createIfAbsent(operations, segment.id(), segment);
    }

    public SegmentDocument saveSegment(SegmentDocument segment, Supplier<Object> current) {
        return Documents.saveRevision(operations, segment, current);
    }

    public void deleteSegment(String id) {
        operations.delete(id, SegmentDocument.class);
    }

    static List<FieldValue> values(Collection<String> values) {
        return values.stream().map(FieldValue::of).toList();
    }
}
