package io.rayonne.calendar.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.rayonne.base.IndexDefinition;
import io.rayonne.base.StaleEditException;
import io.rayonne.base.elasticsearch.Documents;
import io.rayonne.calendar.PostStatistics;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.RefreshPolicy;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.data.elasticsearch.core.query.BulkOptions;
import org.springframework.stereotype.Component;

/** Posts, their revisions and the offices' calendar settings. */
@Component
public class PostStore {

    private static final String POSTS = "rayonne-posts";

    private final ElasticsearchOperations operations;
    private final ElasticsearchClient client;

    PostStore(ElasticsearchOperations operations, ElasticsearchClient client) {
        this.operations = operations;
        this.client = client;
    }

    @Configuration(proxyBeanMethods = false)
    static class Indexes {
        @Bean
        IndexDefinition postsIndex() {
            return new IndexDefinition("rayonne-posts");
        }

        @Bean
        IndexDefinition postRevisionsIndex() {
            return new IndexDefinition("rayonne-post-revisions");
        }

        @Bean
        IndexDefinition postCommentsIndex() {
            return new IndexDefinition("rayonne-post-comments");
        }

        @Bean
        IndexDefinition postRemindersIndex() {
            return new IndexDefinition("rayonne-post-reminders");
        }

        @Bean
        IndexDefinition calendarOfficesIndex() {
            return new IndexDefinition("rayonne-calendar-offices");
        }

        @Bean
        IndexDefinition calendarFeedsIndex() {
            return new IndexDefinition("rayonne-calendar-feeds");
        }
    }

    public Optional<PostDocument> post(String id) {
        return Optional.ofNullable(operations.get(id, PostDocument.class));
    }

    public boolean create(PostDocument post) {
        return Documents.createIfAbsent(operations, post.id(), post);
    }

    public PostDocument save(PostDocument post, Supplier<Object> current) {
        return Documents.saveRevision(operations, post, current);
    }

    /**
     * Creates posts (a series) and their first versions in two requests. Those that exist already
     * are left as they are: a try of the same series whose answer was lost is completed, not doubled.
     */
    public void createAll(List<PostDocument> posts, List<PostRevisionDocument> revisions) {
        BulkOptions waitForRefresh = BulkOptions.builder()
                .withRefreshPolicy(RefreshPolicy.WAIT_UNTIL)
                .build();
        Documents.createAllIfAbsent(
                operations,
                posts.stream().map(p -> Documents.creation(p.id(), p)).toList(),
                waitForRefresh,
                operations.getIndexCoordinatesFor(PostDocument.class));
        Documents.createAllIfAbsent(
                operations,
                revisions.stream().map(r -> Documents.creation(r.id(), r)).toList(),
                waitForRefresh,
                operations.getIndexCoordinatesFor(PostRevisionDocument.class));
    }

    /** Keeps a version; written once under its number. */
    public void keep(PostRevisionDocument revision) {
        Documents.createIfAbsent(operations, revision.id(), revision);
    }

    public List<PostRevisionDocument> revisions(String postId) {
        return find(PostRevisionDocument.class, term("postId", postId), Sort.by(Sort.Order.desc("version")), 1_000);
    }

    public void addComment(PostCommentDocument comment) {
        Documents.createIfAbsent(operations, comment.id(), comment);
    }

    /** A post's comments and notes, oldest first. */
    public List<PostCommentDocument> comments(String postId) {
        return find(PostCommentDocument.class, term("postId", postId), Sort.by(Sort.Order.asc("at")), 1_000);
    }

    /** Posts that show any of these photos. */
    public List<PostDocument> byPhotos(Collection<String> photoIds) {
        return find(PostDocument.class, terms("photoIds", photoIds), Sort.unsorted(), 1_000);
    }

    /** The posts of a series, in order. */
    public List<PostDocument> series(String seriesId) {
        return find(PostDocument.class, term("seriesId", seriesId), BY_MOMENT, 1_000);
    }

    /** The posts of the series whose id starts so. */
    public List<PostDocument> seriesStartingWith(String prefix) {
        return find(
                PostDocument.class,
                Query.of(q -> q.prefix(p -> p.field("seriesId").value(prefix))),
                BY_MOMENT,
                1_000);
    }

    /** Posts of these offices planned in [from, to), on the time line. */
    public List<PostDocument> between(Collection<String> officeIds, Instant from, Instant to) {
        return find(
                PostDocument.class,
                Query.of(q -> q.bool(b -> b.filter(terms("officeId", officeIds)).filter(plannedIn(from, to)))),
                BY_MOMENT,
                10_000);
    }

    /** Posts of any office at one of these steps, planned in [from, to). */
    public List<PostDocument> atSteps(Collection<String> statuses, Instant from, Instant to) {
        return find(
                PostDocument.class,
                Query.of(q -> q.bool(b -> b.filter(terms("status", statuses)).filter(plannedIn(from, to)))),
                BY_MOMENT,
                10_000);
    }

    /** Posts of these offices at this step, soonest first. */
    public List<PostDocument> atStep(Collection<String> officeIds, String status, int max) {
        return find(
                PostDocument.class,
                Query.of(q -> q.bool(b -> b.filter(terms("officeId", officeIds)).filter(term("status", status)))),
                BY_MOMENT,
                max);
    }

    /** Records a reminder; false when it was given already. */
    public boolean remember(PostReminderDocument reminder) {
        return Documents.createIfAbsent(operations, reminder.id(), reminder);
    }

    /** Posts of other offices on a channel at this moment: two posts in one slot across the network. */
    public List<PostDocument> sameSlot(Collection<String> officeIds, String channel, Instant at) {
        return find(
                PostDocument.class,
                Query.of(q -> q.bool(b -> b.filter(terms("officeId", officeIds))
                        .filter(term("channels", channel))
                        .filter(f -> f.term(t -> t.field("plannedInstant").value(at.toEpochMilli())))
                        .mustNot(term("status", "CANCELLED")))),
                Sort.unsorted(),
                100);
    }

    /**
     * Posts of these offices planned in [from, to), cancelled ones aside, counted by Elasticsearch;
     * months are Paris months, every month of the period listed, empty ones with zero.
     */
    public PostStatistics statistics(Collection<String> officeIds, Instant from, Instant to) {
        Query published = term("status", "PUBLISHED");
        try {
            SearchResponse<Void> response = client.search(
                    s -> s.index(POSTS)
                            .size(0)
                            .trackTotalHits(t -> t.enabled(true))
                            .query(q -> q.bool(b -> b.filter(terms("officeId", officeIds))
                                    .filter(plannedIn(from, to))
                                    .mustNot(term("status", "CANCELLED"))))
                            .aggregations("published", a -> a.filter(published))
                            .aggregations("channel", a -> a.terms(
                                            t -> t.field("channels").size(50))
                                    .aggregations("published", p -> p.filter(published)))
                            .aggregations("theme", a -> a.terms(
                                            t -> t.field("theme").size(200).missing(""))
                                    .aggregations("published", p -> p.filter(published)))
                            .aggregations("office", a -> a.terms(
                                            t -> t.field("officeId").size(500))
                                    .aggregations("published", p -> p.filter(published)))
                            .aggregations("month", a -> a.dateHistogram(h -> h.field("plannedInstant")
                                            .calendarInterval(CalendarInterval.Month)
                                            .timeZone("Europe/Paris")
                                            .format("yyyy-MM")
                                            .minDocCount(0)
                                            .extendedBounds(e -> e.min(FieldDateMath.of(
                                                            m -> m.value((double) from.toEpochMilli())))
                                                    .max(FieldDateMath.of(
                                                            m -> m.value((double) to.toEpochMilli() - 1)))))
                                    .aggregations("published", p -> p.filter(published))),
                    Void.class);
            var aggs = response.aggregations();
            var total = response.hits().total();
            List<PostStatistics.Count> months = new ArrayList<>();
            for (DateHistogramBucket b :
                    aggs.get("month").dateHistogram().buckets().array()) {
                months.add(new PostStatistics.Count(
                        b.keyAsString(),
                        b.docCount(),
                        b.aggregations().get("published").filter().docCount()));
            }
            return new PostStatistics(
                    total == null ? 0 : total.value(),
                    aggs.get("published").filter().docCount(),
                    counts(aggs.get("channel")),
                    counts(aggs.get("theme")),
                    months,
                    counts(aggs.get("office")));
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("Posts could not be counted", e);
        }
    }

    private static List<PostStatistics.Count> counts(Aggregate terms) {
        List<PostStatistics.Count> counts = new ArrayList<>();
        for (StringTermsBucket b : terms.sterms().buckets().array()) {
            counts.add(new PostStatistics.Count(
                    b.key().stringValue(),
                    b.docCount(),
                    b.aggregations().get("published").filter().docCount()));
        }
        return counts;
    }

    public List<PostDocument> all() {
        return find(PostDocument.class, Query.of(q -> q.matchAll(m -> m)), Sort.unsorted(), 10_000);
    }

    private static final Sort BY_MOMENT = Sort.by(Sort.Order.asc("plannedInstant"));

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

    private static Query terms(String field, Collection<String> values) {
        return Query.of(q -> q.terms(t -> t.field(field)
                .terms(v -> v.value(values.stream().map(FieldValue::of).toList()))));
    }

    private static Query plannedIn(Instant from, Instant to) {
        return Query.of(q -> q.range(r -> r.date(d -> d.field("plannedInstant")
                .gte(String.valueOf(from.toEpochMilli()))
                .lt(String.valueOf(to.toEpochMilli())))));
    }

    public Optional<OfficeCalendarDocument> office(String officeId) {
        return Optional.ofNullable(operations.get(officeId, OfficeCalendarDocument.class));
    }

    /** Saves an office's settings over the version read (none the first time). */
    public OfficeCalendarDocument saveOffice(OfficeCalendarDocument settings, Supplier<Object> current) {
        if (settings.seqNoPrimaryTerm() != null) {
            return Documents.saveRevision(operations, settings, current);
        }
        if (!Documents.createIfAbsent(operations, settings.id(), settings)) {
            throw new StaleEditException(current.get());
        }
        return office(settings.id()).orElseThrow();
    }

    public Optional<CalendarFeedDocument> feed(String id) {
        return Optional.ofNullable(operations.get(id, CalendarFeedDocument.class));
    }

    public void saveFeed(CalendarFeedDocument feed) {
        operations.save(feed);
    }

    /** The feeds a person made, newest first. */
    public List<CalendarFeedDocument> feedsOf(String userId) {
        return find(CalendarFeedDocument.class, term("userId", userId), Sort.by(Sort.Order.desc("createdAt")), 1_000);
    }
}
