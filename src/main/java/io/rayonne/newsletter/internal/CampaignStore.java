package io.rayonne.newsletter.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.rayonne.base.elasticsearch.Documents;
import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.RefreshPolicy;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.data.elasticsearch.core.mapping.IndexCoordinates;
import org.springframework.data.elasticsearch.core.query.BulkOptions;
import org.springframework.data.elasticsearch.core.query.IndexQuery;
import org.springframework.data.elasticsearch.core.query.IndexQueryBuilder;
import org.springframework.stereotype.Component;

/** Campaigns and their delivery ledger: one entry per campaign and recipient. */
@Component
public class CampaignStore {

    static final String DELIVERIES = "rayonne-bulletin-deliveries";
    private static final IndexCoordinates DELIVERY_INDEX = IndexCoordinates.of(DELIVERIES);

    private final ElasticsearchOperations operations;
    /**
     * Campaigns are read by id (real time) and changed only over their sequence number, so a
     * change need not wait to be searchable: the one search, {@link #due}, may see a campaign a
     * second late, and a stale copy can take no lease.
     */
    private final ElasticsearchOperations campaigns;

    private final ElasticsearchClient client;

    CampaignStore(ElasticsearchOperations operations, ElasticsearchClient client) {
        this.operations = operations;
        this.campaigns = operations.withRefreshPolicy(RefreshPolicy.NONE);
        this.client = client;
    }

    public Optional<CampaignDocument> campaign(String id) {
        return Optional.ofNullable(operations.get(id, CampaignDocument.class));
    }

    public boolean create(CampaignDocument campaign) {
        return Documents.createIfAbsent(operations, campaign.id(), campaign);
    }

    /**
     * Saves over the version read, or returns empty if someone saved it since (another instance
     * took the lease, a person paused it): the caller reads it again.
     */
    public Optional<CampaignDocument> saveIfUnchanged(CampaignDocument campaign) {
        try {
            return Optional.of(campaigns.save(campaign));
        } catch (org.springframework.dao.DataAccessException e) {
            if (Documents.isConflict(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Campaigns that should be sending now: sending, or scheduled for a moment already past. */
    public List<CampaignDocument> due(Instant now) {
        Query sending = BulletinStore.terms("state", List.of("SENDING"));
        Query scheduled = Query.of(q -> q.bool(b -> b.filter(BulletinStore.terms("state", List.of("SCHEDULED")))
                .filter(f ->
                        f.range(r -> r.date(d -> d.field("scheduledAt").lte(String.valueOf(now.toEpochMilli())))))));
        NativeQuery search = NativeQuery.builder()
                .withQuery(Query.of(
                        q -> q.bool(b -> b.should(sending).should(scheduled).minimumShouldMatch("1"))))
                .withMaxResults(100)
                .build();
        return operations.search(search, CampaignDocument.class).stream()
                .map(SearchHit::getContent)
                .toList();
    }

    public List<CampaignDocument> campaigns(Collection<String> bulletinIds) {
        if (bulletinIds.isEmpty()) {
            return List.of();
        }
        return operations
                .multiGet(
                        NativeQuery.builder().withIds(List.copyOf(bulletinIds)).build(), CampaignDocument.class)
                .stream()
                .filter(i -> i.hasItem())
                .map(i -> i.getItem())
                .toList();
    }

    /** Campaigns of these offices in these states, without their rendered issue, soonest first. */
    public List<CampaignDocument> inStates(Collection<String> officeIds, Collection<String> states) {
        NativeQuery search = NativeQuery.builder()
                .withQuery(Query.of(q -> q.bool(b -> b.filter(BulletinStore.terms("officeId", officeIds))
                        .filter(BulletinStore.terms("state", states)))))
                .withSourceFilter(new org.springframework.data.elasticsearch.core.query.FetchSourceFilter(
                        true, null, new String[] {"html", "text"}))
                .withSort(Sort.by(Sort.Order.asc("scheduledAt")))
                .withMaxResults(200)
                .build();
        return operations.search(search, CampaignDocument.class).stream()
                .map(SearchHit::getContent)
                .toList();
    }

    /** A campaign as the statistics need it (without its rendered issue). */
    public record Sent(String id, String officeId, String subject, long finishedAt) {}

    /** Campaigns of these offices that finished sending (SENT) in [from, to). */
    public List<Sent> sentBetween(Collection<String> officeIds, Instant from, Instant to) {
        try {
            return client
                    .search(
                            s -> s.index("rayonne-campaigns")
                                    .size(1_000)
                                    .source(src ->
                                            src.filter(f -> f.includes("id", "officeId", "subject", "finishedAt")))
                                    .query(q -> q.bool(b -> b.filter(BulletinStore.terms("officeId", officeIds))
                                            .filter(BulletinStore.terms("state", List.of("SENT")))
                                            .filter(f -> f.range(r -> r.date(d -> d.field("finishedAt")
                                                    .gte(String.valueOf(from.toEpochMilli()))
                                                    .lt(String.valueOf(to.toEpochMilli())))))))
                                    .sort(o -> o.field(f -> f.field("finishedAt"))),
                            Sent.class)
                    .hits()
                    .hits()
                    .stream()
                    .map(h -> h.source())
                    .filter(java.util.Objects::nonNull)
                    .toList();
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("The campaigns could not be read", e);
        }
    }

    /** Per campaign: copies handed to Mailjet (accepted), and people who opened and clicked. */
    public Map<String, Tally> tallies(Collection<String> campaignIds) {
        if (campaignIds.isEmpty()) {
            return Map.of();
        }
        try {
            SearchResponse<Void> response = client.search(
                    s -> s.index(DELIVERIES)
                            .size(0)
                            .query(BulletinStore.terms("campaignId", campaignIds))
                            .aggregations("campaign", a -> a.terms(
                                            t -> t.field("campaignId").size(campaignIds.size()))
                                    .aggregations(TALLY)),
                    Void.class);
            Map<String, Tally> tallies = new HashMap<>();
            for (StringTermsBucket b :
                    response.aggregations().get("campaign").sterms().buckets().array()) {
                tallies.put(b.key().stringValue(), tally(b.aggregations()));
            }
            return tallies;
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("The delivery ledger could not be counted", e);
        }
    }

    // ---- the ledger

    /** Writes the entries that do not exist yet (a plan begun before a crash is completed, not redone). */
    public void plan(List<DeliveryDocument> entries) {
        Documents.createAllIfAbsent(
                operations,
                entries.stream().map(d -> Documents.creation(d.id(), d)).toList(),
                BulkOptions.builder().withRefreshPolicy(RefreshPolicy.NONE).build(),
                DELIVERY_INDEX);
    }

    /** Writes the entries as they are now (Mailjet's answers), in one request. */
    public void record(List<DeliveryDocument> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<IndexQuery> queries = entries.stream()
                .map(d -> new IndexQueryBuilder().withId(d.id()).withObject(d).build())
                .toList();
        operations.bulkIndex(
                queries,
                BulkOptions.builder().withRefreshPolicy(RefreshPolicy.NONE).build(),
                DELIVERY_INDEX);
    }

    public void refreshLedger() {
        operations.indexOps(DeliveryDocument.class).refresh();
    }

    /** A batch of entries, and where the next batch begins. */
    public record Page(List<DeliveryDocument> entries, @Nullable List<Object> after) {}

    /** The next entries in these states, in the order of sending, after the page before ({@code after}). */
    public Page next(String campaignId, Set<String> states, @Nullable List<Object> after, int size) {
        Query query = Query.of(q -> q.bool(b -> b.filter(BulletinStore.terms("campaignId", List.of(campaignId)))
                .filter(BulletinStore.terms("state", states))));
        var builder = NativeQuery.builder()
                .withQuery(query)
                .withSort(Sort.by(Sort.Order.asc("position"), Sort.Order.asc("id")))
                .withMaxResults(size);
        if (after != null) {
            builder.withSearchAfter(after);
        }
        var hits = operations.search(builder.build(), DeliveryDocument.class);
        List<DeliveryDocument> found = hits.stream().map(SearchHit::getContent).toList();
        return new Page(
                found,
                found.isEmpty()
                        ? after
                        : hits.getSearchHit(hits.getSearchHits().size() - 1).getSortValues());
    }

    public Optional<DeliveryDocument> delivery(String id) {
        return Optional.ofNullable(operations.get(id, DeliveryDocument.class));
    }

    public DeliveryDocument save(DeliveryDocument entry) {
        return operations.save(entry);
    }

    /** The campaign's entries counted by state, and by segment and state. */
    public Counts counts(String campaignId) {
        Query query = BulletinStore.terms("campaignId", List.of(campaignId));
        try {
            SearchResponse<Void> response = client.search(
                    s -> s.index(DELIVERIES)
                            .size(0)
                            .query(query)
                            .aggregations(TALLY)
                            .aggregations("segment", a -> a.terms(
                                            t -> t.field("segmentId").size(100))
                                    .aggregations(TALLY))
                            .aggregations(
                                    "links",
                                    a -> a.terms(t -> t.field("clicked").size(50))),
                    Void.class);
            Map<String, Aggregate> aggs = response.aggregations();
            Map<String, Tally> bySegment = new HashMap<>();
            for (StringTermsBucket b : aggs.get("segment").sterms().buckets().array()) {
                bySegment.put(b.key().stringValue(), tally(b.aggregations()));
            }
            Map<String, Long> links = new HashMap<>();
            for (StringTermsBucket b : aggs.get("links").sterms().buckets().array()) {
                links.put(b.key().stringValue(), b.docCount());
            }
            return new Counts(tally(aggs), bySegment, links);
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("The delivery ledger could not be counted", e);
        }
    }

    /** What {@link #tally} reads: entries by state, and what the mail events said of them. */
    private static final Map<String, Aggregation> TALLY = Map.of(
            "state", Aggregation.of(a -> a.terms(t -> t.field("state").size(20))),
            "delivered", Aggregation.of(a -> a.filter(flag("delivered"))),
            "opened", Aggregation.of(a -> a.filter(flag("opened"))),
            "clickers", Aggregation.of(a -> a.filter(hasClicks())),
            "bounced", Aggregation.of(a -> a.filter(flag("bounced"))),
            "complained", Aggregation.of(a -> a.filter(flag("complained"))),
            "unsubscribed", Aggregation.of(a -> a.filter(flag("unsubscribed"))));

    private static Query flag(String field) {
        return Query.of(q -> q.term(t -> t.field(field).value(true)));
    }

    private static Query hasClicks() {
        return Query.of(q -> q.exists(e -> e.field("clicked")));
    }

    private static Tally tally(Map<String, Aggregate> aggs) {
        Map<String, Long> states = new HashMap<>();
        for (StringTermsBucket b : aggs.get("state").sterms().buckets().array()) {
            states.put(b.key().stringValue(), b.docCount());
        }
        return new Tally(
                states,
                aggs.get("delivered").filter().docCount(),
                aggs.get("opened").filter().docCount(),
                aggs.get("clickers").filter().docCount(),
                aggs.get("bounced").filter().docCount(),
                aggs.get("complained").filter().docCount(),
                aggs.get("unsubscribed").filter().docCount());
    }

    /** Entries by state, and what the mail events said of them. */
    public record Tally(
            Map<String, Long> states,
            long delivered,
            long opened,
            long clicked,
            long bounced,
            long complained,
            long unsubscribed) {

        public long state(String state) {
            return states.getOrDefault(state, 0L);
        }
    }

    public record Counts(Tally all, Map<String, Tally> bySegment, Map<String, Long> clicksByLink) {}

    /** The copies of bulletins sent to any of these addresses (personal data). */
    public List<DeliveryDocument> deliveriesTo(java.util.Collection<String> addresses) {
        var query = org.springframework.data.elasticsearch.client.elc.NativeQuery.builder()
                .withQuery(q -> q.terms(t -> t.field("email")
                        .terms(v -> v.value(addresses.stream()
                                .map(co.elastic.clients.elasticsearch._types.FieldValue::of)
                                .toList()))))
                .withMaxResults(10_000)
                .build();
        return operations.search(query, DeliveryDocument.class, DELIVERY_INDEX).stream()
                .map(org.springframework.data.elasticsearch.core.SearchHit::getContent)
                .toList();
    }

    public void saveDeliveries(List<DeliveryDocument> deliveries) {
        if (!deliveries.isEmpty()) {
            operations.save(deliveries, DELIVERY_INDEX);
        }
    }
}
