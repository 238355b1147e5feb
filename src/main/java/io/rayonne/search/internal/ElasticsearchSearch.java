package io.rayonne.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.SystemUser;
import io.rayonne.accounts.User;
import io.rayonne.base.IndexDefinition;
import io.rayonne.search.Readers;
import io.rayonne.search.SearchEntry;
import io.rayonne.search.SearchIndex;
import io.rayonne.search.SearchQuery;
import io.rayonne.search.SearchResults;
import io.rayonne.search.SearchSource;
import io.rayonne.search.Suggestion;
import io.rayonne.search.UnifiedSearch;
import java.io.IOException;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.text.StringEscapeUtils;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The search index {@code rayonne-search}: one document per entry, whatever its type. */
@Service
class ElasticsearchSearch implements SearchIndex, UnifiedSearch {

    static final String ALIAS = "rayonne-search";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int EXCERPT_LENGTH = 180;

    private final ElasticsearchClient client;
    private final CurrentUser currentUser;
    private final ObjectProvider<SearchSource> sources;

    /** The whole search as Rayonne answers it, and the part Elasticsearch reports it spent ("took"). */
    private final Timer searchTime;

    private final Timer elasticsearchTime;

    ElasticsearchSearch(
            ElasticsearchClient client,
            CurrentUser currentUser,
            ObjectProvider<SearchSource> sources,
            MeterRegistry meters) {
        this.searchTime = Timer.builder("rayonne.search")
                .description("Unified searches, as Rayonne answers them")
                .register(meters);
        this.elasticsearchTime = Timer.builder("rayonne.search.elasticsearch")
                .description("Unified searches, the time Elasticsearch reports it took")
                .register(meters);
        this.client = client;
        this.currentUser = currentUser;
        this.sources = sources;
    }

    @Configuration(proxyBeanMethods = false)
    static class Index {
        @Bean
        IndexDefinition searchIndex() {
            return new IndexDefinition(ALIAS);
        }
    }

    // ---- writing

    @Override
    public void put(SearchEntry entry) {
        try {
            client.index(i ->
                    i.index(ALIAS).id(entry.key()).document(toDocument(entry)).refresh(Refresh.WaitFor));
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("The search index did not answer", e);
        }
    }

    @Override
    public void putAll(List<SearchEntry> entries) {
        bulk(entries, Refresh.WaitFor);
    }

    @Override
    public void load(List<SearchEntry> entries) {
        bulk(entries, Refresh.False);
    }

    @Override
    public int loadMissing(List<SearchEntry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        Map<String, Map<String, Object>> wanted = new LinkedHashMap<>();
        entries.forEach(entry -> wanted.put(entry.key(), toDocument(entry)));
        try {
            var held = client.mget(m -> m.index(ALIAS).ids(List.copyOf(wanted.keySet())), Map.class);
            Set<String> same = new java.util.HashSet<>();
            for (var item : held.docs()) {
                // Equal maps read from the same JSON are the same entry; any doubt loads it again.
                if (item.isResult()
                        && item.result().found()
                        && wanted.get(item.result().id()).equals(item.result().source())) {
                    same.add(item.result().id());
                }
            }
            List<SearchEntry> missing =
                    entries.stream().filter(e -> !same.contains(e.key())).toList();
            bulk(missing, Refresh.False);
            return missing.size();
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("The search index did not answer", e);
        }
    }

    @Override
    public void flush() {
        try {
            client.indices().refresh(r -> r.index(ALIAS));
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("The search index did not answer", e);
        }
    }

    private void bulk(List<SearchEntry> entries, Refresh refresh) {
        if (entries.isEmpty()) {
            return;
        }
        try {
            var response = client.bulk(b -> {
                for (SearchEntry entry : entries) {
                    b.operations(
                            o -> o.index(i -> i.index(ALIAS).id(entry.key()).document(toDocument(entry))));
                }
                return b.refresh(refresh);
            });
            if (response.errors()) {
                throw new IllegalStateException("Search entries not all indexed: "
                        + response.items().stream()
                                .filter(item -> item.error() != null)
                                .map(item -> item.id() + " " + item.error().reason())
                                .toList());
            }
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("The search index did not answer", e);
        }
    }

    @Override
    public void remove(String type, String id) {
        try {
            client.delete(d -> d.index(ALIAS).id(type + ":" + id).refresh(Refresh.WaitFor));
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("The search index did not answer", e);
        }
    }

    @Override
    public long refill() {
        AtomicLong count = new AtomicLong();
        SystemUser.run(
                () -> sources.orderedStream().forEach(source -> source.entries().forEach(entry -> {
                    put(entry);
                    count.incrementAndGet();
                })));
        return count.get();
    }

    long count() {
        try {
            return client.count(c -> c.index(ALIAS)).count();
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("The search index did not answer", e);
        }
    }

    private static Map<String, Object> toDocument(SearchEntry entry) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("type", entry.type());
        doc.put("entityId", entry.id());
        doc.put("title", entry.title());
        doc.put("body", entry.body());
        doc.put("officeId", entry.officeId().isEmpty() ? null : entry.officeId());
        doc.put("status", entry.status());
        doc.put("date", entry.date() == null ? null : entry.date().toEpochMilli());
        doc.put("route", entry.route());
        // Sorted: the same entry makes the same document, whatever order its sets iterate in.
        doc.put("readers", entry.readers().stream().sorted().toList());
        Map<String, Object> facets = new LinkedHashMap<>();
        entry.facets()
                .forEach((facet, values) ->
                        facets.put(facet, values.stream().sorted().toList()));
        doc.put("facets", facets);
        return doc;
    }

    // ---- reading

    @Override
    @PreAuthorize("isAuthenticated()")
    public SearchResults search(SearchQuery query) {
        return searchTime.record(() -> searchTimed(query));
    }

    private SearchResults searchTimed(SearchQuery query) {
        Set<String> readers = readers();
        List<Query> filters = new ArrayList<>();
        filters.add(Query.of(q -> q.terms(t -> t.field("readers")
                .terms(v -> v.value(readers.stream().map(FieldValue::of).toList())))));
        query.filters().forEach((facet, value) -> filters.add(facetFilter(facet, value)));
        String text = query.text().strip();
        Query matching = text.isEmpty() ? Query.of(q -> q.matchAll(m -> m)) : textQuery(text);
        try {
            SearchResponse<Map> response = client.search(
                    s -> s.index(ALIAS)
                            .size(query.size())
                            .trackTotalHits(t -> t.enabled(true))
                            .query(q -> q.bool(b -> b.must(matching).filter(filters)))
                            .sort(o -> text.isEmpty()
                                    ? o.field(f -> f.field("date")
                                            .order(co.elastic.clients.elasticsearch._types.SortOrder.Desc)
                                            .missing("_last"))
                                    : o.score(sc -> sc))
                            .highlight(h -> h.encoder(HighlighterEncoder.Html)
                                    .preTags("<mark>")
                                    .postTags("</mark>")
                                    .requireFieldMatch(false)
                                    .fields("title", f -> f.numberOfFragments(0))
                                    .fields("body", f -> f.fragmentSize(EXCERPT_LENGTH)
                                            .numberOfFragments(1)))
                            .aggregations(
                                    SearchResults.TYPE,
                                    a -> a.terms(t -> t.field("type").size(20)))
                            .aggregations(
                                    SearchResults.OFFICE,
                                    a -> a.terms(t -> t.field("officeId").size(50)))
                            .aggregations(
                                    SearchResults.STATUS,
                                    a -> a.terms(t -> t.field("status").size(20)))
                            .aggregations(SPECIFIC_FACET_AGGREGATIONS)
                            .aggregations(
                                    SearchResults.YEAR,
                                    a -> a.dateHistogram(d -> d.field("date")
                                            .calendarInterval(CalendarInterval.Year)
                                            .timeZone(PARIS.getId())
                                            .minDocCount(1))),
                    Map.class);
            elasticsearchTime.record(response.took(), java.util.concurrent.TimeUnit.MILLISECONDS);
            List<SearchResults.Result> results = response.hits().hits().stream()
                    .map(ElasticsearchSearch::toResult)
                    .toList();
            Map<String, List<SearchResults.FacetValue>> facets = new LinkedHashMap<>();
            response.aggregations().forEach((name, aggregate) -> facets.put(name, facetValues(aggregate)));
            long total = response.hits().total() == null
                    ? results.size()
                    : response.hits().total().value();
            return new SearchResults(total, results, facets);
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("The search index did not answer", e);
        }
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public List<Suggestion> suggest(String prefix, int size) {
        String text = prefix.strip();
        if (text.length() < 2) {
            return List.of();
        }
        Set<String> readers = readers();
        try {
            SearchResponse<Map> response = client.search(
                    s -> s.index(ALIAS)
                            .size(size)
                            .source(src -> src.filter(f -> f.includes("type", "title", "route")))
                            .query(q -> q.bool(b -> b.must(m -> m.match(mm -> mm.field("title.autocomplete")
                                            .query(text)
                                            .operator(Operator.And)))
                                    .filter(f -> f.terms(t -> t.field("readers")
                                            .terms(v -> v.value(readers.stream()
                                                    .map(FieldValue::of)
                                                    .toList())))))),
                    Map.class);
            return response.hits().hits().stream()
                    .map(Hit::source)
                    .filter(java.util.Objects::nonNull)
                    .map(m -> new Suggestion((String) m.get("type"), (String) m.get("title"), (String) m.get("route")))
                    .toList();
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("The search index did not answer", e);
        }
    }

    /**
     * Every word must match (in the title or the text). Exact French analysis with synonyms, or the
     * same words with typos forgiven; the title weighs more.
     */
    private static Query textQuery(String text) {
        Query exact = Query.of(q -> q.match(m -> m.field("content").query(text).operator(Operator.And)));
        Query forgiving = Query.of(q -> q.match(m -> m.field("content")
                .query(text)
                .analyzer("rayonne_french")
                .operator(Operator.And)
                .fuzziness("AUTO")
                .prefixLength(1)));
        Query titleBoost = Query.of(q -> q.multiMatch(
                m -> m.fields("title^3", "title.autocomplete").query(text).type(TextQueryType.BestFields)));
        return Query.of(q ->
                q.bool(b -> b.should(exact, forgiving).minimumShouldMatch("1").should(titleBoost)));
    }

    /** The facets only some types fill, each counted on its field under {@code facets}. */
    private static final Map<String, co.elastic.clients.elasticsearch._types.aggregations.Aggregation>
            SPECIFIC_FACET_AGGREGATIONS = SearchResults.SPECIFIC_FACETS.stream()
                    .collect(java.util.stream.Collectors.toMap(
                            facet -> facet,
                            facet -> co.elastic.clients.elasticsearch._types.aggregations.Aggregation.of(
                                    a -> a.terms(t -> t.field("facets." + facet).size(30)))));

    private static Query facetFilter(String facet, String value) {
        return switch (facet) {
            case SearchResults.TYPE -> Query.of(q -> q.term(t -> t.field("type").value(value)));
            case SearchResults.OFFICE ->
                Query.of(q -> q.term(t -> t.field("officeId").value(value)));
            case SearchResults.STATUS ->
                Query.of(q -> q.term(t -> t.field("status").value(value)));
            case SearchResults.YEAR -> {
                int year = Integer.parseInt(value);
                long from =
                        Year.of(year).atDay(1).atStartOfDay(PARIS).toInstant().toEpochMilli();
                long to = Year.of(year + 1)
                        .atDay(1)
                        .atStartOfDay(PARIS)
                        .toInstant()
                        .toEpochMilli();
                yield Query.of(q -> q.range(r -> r.untyped(u -> u.field("date")
                        .gte(co.elastic.clients.json.JsonData.of(from))
                        .lt(co.elastic.clients.json.JsonData.of(to)))));
            }
            default -> {
                if (!SearchResults.SPECIFIC_FACETS.contains(facet)) {
                    throw new IllegalArgumentException("Unknown facet " + facet);
                }
                yield Query.of(q -> q.term(t -> t.field("facets." + facet).value(value)));
            }
        };
    }

    private static List<SearchResults.FacetValue> facetValues(Aggregate aggregate) {
        if (aggregate.isSterms()) {
            return aggregate.sterms().buckets().array().stream()
                    .map(b -> new SearchResults.FacetValue(b.key().stringValue(), b.docCount()))
                    .toList();
        }
        if (aggregate.isDateHistogram()) {
            return aggregate.dateHistogram().buckets().array().stream()
                    .map(b -> new SearchResults.FacetValue(
                            String.valueOf(
                                    Instant.ofEpochMilli(b.key()).atZone(PARIS).getYear()),
                            b.docCount()))
                    .sorted((a, b) -> b.value().compareTo(a.value()))
                    .toList();
        }
        return List.of();
    }

    private static SearchResults.Result toResult(Hit<Map> hit) {
        Map<?, ?> source = hit.source() == null ? Map.of() : hit.source();
        Map<String, List<String>> highlights = hit.highlight();
        String title = first(highlights.get("title"));
        String excerpt = first(highlights.get("body"));
        String body = String.valueOf(source.get("body") == null ? "" : source.get("body"));
        Object date = source.get("date");
        return new SearchResults.Result(
                (String) source.get("type"),
                (String) source.get("entityId"),
                title != null ? title : StringEscapeUtils.escapeHtml4((String) source.get("title")),
                excerpt != null
                        ? excerpt
                        : StringEscapeUtils.escapeHtml4(
                                org.apache.commons.lang3.StringUtils.abbreviate(body, EXCERPT_LENGTH)),
                java.util.Objects.toString(source.get("officeId"), ""),
                (String) source.get("status"),
                date instanceof Number n ? Instant.ofEpochMilli(n.longValue()) : null,
                (String) source.get("route"));
    }

    private static @Nullable String first(@Nullable List<String> fragments) {
        return fragments == null || fragments.isEmpty() ? null : fragments.get(0);
    }

    private Set<String> readers() {
        User user = currentUser.require();
        return Readers.of(user);
    }
}
