package io.rayonne.base.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rayonne.base.IndexAdministration;
import io.rayonne.base.IndexDefinition;
import io.rayonne.base.StoreStartup;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Creates Rayonne's indices at start-up and rebuilds them into new versions behind their aliases.
 * The embedded node has no _reindex: a rebuild reads with a point in time and search_after, and
 * writes with _bulk; writes go on meanwhile and are caught up by sequence number. See
 * docs/decisions/0001-elasticsearch-system-of-record.md and 0012-operations.md.
 */
@Component
@Order(0)
class ElasticsearchIndexes implements IndexAdministration {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchIndexes.class);
    private static final Pattern VERSIONED = Pattern.compile("(.+)-v(\\d+)");
    private static final int BATCH = 500;
    private static final int ID_BATCH = 5_000;
    /** A catch-up pass that copies fewer documents than this is the last: writes wait only for it. */
    private static final int CATCH_UP_UNDER = 200;

    private static final int MAX_CATCH_UP_PASSES = 5;

    private final ElasticsearchClient client;
    private final List<IndexDefinition> definitions;
    private final ObjectMapper json = new ObjectMapper();

    ElasticsearchIndexes(ElasticsearchClient client, List<IndexDefinition> definitions, List<StoreStartup> startups) {
        this.client = client;
        this.definitions = definitions;
        startups.forEach(StoreStartup::beforeIndexes);
        ensureAll();
    }

    /** Creates every missing index and rebuilds those whose mapping version moved on. */
    private void ensureAll() {
        for (IndexDefinition definition : definitions) {
            Optional<String> current = concreteIndex(definition.alias());
            if (current.isEmpty()) {
                create(definition, definition.alias() + "-v1", true);
                log.info("Created index {}-v1", definition.alias());
                continue;
            }
            int stored = mappingVersion(current.get());
            int wanted = wantedVersion(definition);
            if (stored < wanted) {
                log.info("Index {} has mapping version {}, {} is current: rebuilding", current.get(), stored, wanted);
                rebuild(definition.alias(), (done, total) -> log.info("  {} / {} documents copied", done, total));
            }
        }
    }

    @Override
    public List<IndexStatus> status() {
        List<IndexStatus> statuses = new ArrayList<>();
        for (IndexDefinition definition : definitions) {
            String alias = definition.alias();
            concreteIndex(alias).ifPresent(index -> statuses.add(statusOf(alias, index)));
        }
        return statuses;
    }

    @Override
    public IndexStatus rebuild(String alias, Progress progress) {
        IndexDefinition definition = definitions.stream()
                .filter(d -> d.alias().equals(alias))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown index " + alias));
        String old = concreteIndex(alias).orElseThrow(() -> new IllegalStateException("No index behind " + alias));
        String next = alias + "-v" + (generation(old) + 1);
        try {
            create(definition, next, false);
            boolean blocked = false;
            try {
                long total = client.count(c -> c.index(old)).count();
                progress.copied(0, total);
                Copied copied = copy(old, next, Query.of(q -> q.matchAll(m -> m)), 0, total, progress);
                // People kept working during the copy: copy again what they wrote meanwhile, until
                // little is left, then hold writes only for that last bit and the swap.
                for (int pass = 0; pass < MAX_CATCH_UP_PASSES && copied.documents() > CATCH_UP_UNDER; pass++) {
                    copied = copy(old, next, writtenAfter(copied.lastSeqNo()), copied.done(), total, progress);
                }
                setWriteBlock(old, true);
                blocked = true;
                copied = copy(old, next, writtenAfter(copied.lastSeqNo()), copied.done(), total, progress);
                dropDeletedMeanwhile(old, next);
                client.indices().updateAliases(u -> u.actions(
                                a -> a.remove(r -> r.index(old).alias(alias)))
                        .actions(a -> a.add(ad -> ad.index(next).alias(alias).isWriteIndex(true))));
                progress.copied(Math.max(copied.done(), total), Math.max(copied.done(), total));
            } catch (RuntimeException | IOException e) {
                if (blocked) {
                    setWriteBlock(old, false);
                }
                client.indices().delete(d -> d.index(next));
                throw e;
            }
            client.indices().delete(d -> d.index(old));
            log.info("Rebuilt {} into {}", old, next);
            return statusOf(alias, next);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a pass copied, and the last write it saw (the next pass copies what came after). */
    private record Copied(long documents, long done, long lastSeqNo) {}

    private static Query writtenAfter(long seqNo) {
        return Query.of(q -> q.range(r -> r.untyped(u -> u.field("_seq_no").gt(JsonData.of(seqNo)))));
    }

    /**
     * Copies the documents matching {@code which}, as a point in time sees them, overwriting their
     * earlier copy. One shard per index (common settings), so sequence numbers order every write.
     */
    private Copied copy(String from, String to, Query which, long doneBefore, long total, Progress progress)
            throws IOException {
        client.indices().refresh(r -> r.index(from));
        String pit = client.openPointInTime(p -> p.index(from).keepAlive(k -> k.time("2m")))
                .id();
        try {
            long lastSeqNo = lastSeqNo(pit);
            long[] counts = {0, doneBefore};
            forEachPage(pit, which, BATCH, true, hits -> {
                List<BulkOperation> operations = new ArrayList<>(hits.size());
                for (Hit<JsonData> hit : hits) {
                    operations.add(BulkOperation.of(
                            b -> b.index(c -> c.index(to).id(hit.id()).document(hit.source()))));
                }
                BulkResponse bulk = client.bulk(b -> b.operations(operations));
                if (bulk.errors()) {
                    throw new IllegalStateException("Copy into " + to + " refused documents: "
                            + bulk.items().stream()
                                    .filter(i -> i.error() != null)
                                    .map(i -> i.id() + " " + i.error().reason())
                                    .limit(3)
                                    .toList());
                }
                counts[0] += hits.size();
                counts[1] += hits.size();
                long done = counts[1];
                progress.copied(Math.min(done, Math.max(total, done)), Math.max(total, done));
            });
            client.indices().refresh(r -> r.index(to));
            return new Copied(counts[0], counts[1], lastSeqNo);
        } finally {
            client.closePointInTime(c -> c.id(pit));
        }
    }

    /** One page of a point in time's hits. */
    @FunctionalInterface
    private interface Page {
        void accept(List<Hit<JsonData>> hits) throws IOException;
    }

    /** Every hit of the point in time matching {@code which}, page after page in shard order. */
    private void forEachPage(String pit, Query which, int size, boolean withSource, Page each) throws IOException {
        List<FieldValue> after = List.of();
        while (true) {
            List<FieldValue> searchAfter = after;
            SearchResponse<JsonData> page = client.search(
                    s -> {
                        s.pit(p -> p.id(pit).keepAlive(k -> k.time("2m")))
                                .query(which)
                                .size(size)
                                .source(src -> src.fetch(withSource))
                                .sort(SortOptions.of(o -> o.field(f -> f.field("_shard_doc"))));
                        if (!searchAfter.isEmpty()) {
                            s.searchAfter(searchAfter);
                        }
                        return s;
                    },
                    JsonData.class);
            List<Hit<JsonData>> hits = page.hits().hits();
            if (hits.isEmpty()) {
                return;
            }
            each.accept(hits);
            after = hits.get(hits.size() - 1).sort();
        }
    }

    /** The highest sequence number the point in time sees: every later write comes after it. */
    private long lastSeqNo(String pit) throws IOException {
        SearchResponse<JsonData> last = client.search(
                s -> s.pit(p -> p.id(pit))
                        .size(1)
                        .source(src -> src.fetch(false))
                        .seqNoPrimaryTerm(true)
                        .sort(o -> o.field(f -> f.field("_seq_no").order(SortOrder.Desc))),
                JsonData.class);
        return last.hits().hits().isEmpty() ? -1 : last.hits().hits().get(0).seqNo();
    }

    /**
     * The new index holds every document of the old one; when it holds more, some were deleted
     * during the copy: they go too. (Writes are held while this runs.)
     */
    private void dropDeletedMeanwhile(String old, String next) throws IOException {
        client.indices().refresh(r -> r.index(next));
        if (client.count(c -> c.index(next)).count()
                == client.count(c -> c.index(old)).count()) {
            return;
        }
        Set<String> kept = new HashSet<>(ids(old));
        List<BulkOperation> deletes = ids(next).stream()
                .filter(id -> !kept.contains(id))
                .map(id -> BulkOperation.of(b -> b.delete(d -> d.index(next).id(id))))
                .toList();
        if (!deletes.isEmpty()) {
            client.bulk(b -> b.operations(deletes).refresh(Refresh.True));
        }
    }

    private List<String> ids(String index) throws IOException {
        List<String> ids = new ArrayList<>();
        String pit = client.openPointInTime(p -> p.index(index).keepAlive(k -> k.time("2m")))
                .id();
        try {
            forEachPage(
                    pit,
                    Query.of(q -> q.matchAll(m -> m)),
                    ID_BATCH,
                    false,
                    hits -> hits.forEach(h -> ids.add(h.id())));
            return ids;
        } finally {
            client.closePointInTime(c -> c.id(pit));
        }
    }

    private void setWriteBlock(String index, boolean blocked) throws IOException {
        client.indices().putSettings(p -> p.index(index).settings(s -> s.blocks(b -> b.write(blocked))));
    }

    private void create(IndexDefinition definition, String index, boolean withAlias) {
        try (InputStream body = new ByteArrayInputStream(json.writeValueAsBytes(indexBody(definition)))) {
            client.indices().create(c -> {
                c.index(index).withJson(body);
                if (withAlias) {
                    c.aliases(definition.alias(), a -> a.isWriteIndex(true));
                }
                return c;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The definition's settings and mappings with the shared analysis and index settings. */
    private ObjectNode indexBody(IndexDefinition definition) throws IOException {
        ObjectNode body = (ObjectNode) read(definition.resource());
        ObjectNode settings = body.has("settings") ? (ObjectNode) body.get("settings") : body.putObject("settings");
        ObjectNode common = (ObjectNode) read("elasticsearch/common-settings.json");
        common.fields().forEachRemaining(e -> {
            if (!settings.has(e.getKey())) {
                settings.set(e.getKey(), e.getValue());
            }
        });
        return body;
    }

    private int wantedVersion(IndexDefinition definition) {
        try {
            return read(definition.resource())
                    .path("mappings")
                    .path("_meta")
                    .path("version")
                    .asInt(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int mappingVersion(String index) {
        try {
            Map<String, JsonData> meta = client.indices()
                    .getMapping(g -> g.index(index))
                    .result()
                    .get(index)
                    .mappings()
                    .meta();
            return meta.containsKey("version") ? meta.get("version").to(Integer.class) : 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<String> concreteIndex(String alias) {
        try {
            if (!client.indices().existsAlias(e -> e.name(alias)).value()) {
                return Optional.empty();
            }
            return client.indices().getAlias(g -> g.name(alias)).result().keySet().stream()
                    .findFirst();
        } catch (ElasticsearchException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private IndexStatus statusOf(String alias, String index) {
        try {
            long documents = client.count(c -> c.index(index)).count();
            String health =
                    client.cluster().health(h -> h.index(index)).status().jsonValue();
            return new IndexStatus(alias, index, mappingVersion(index), documents, health);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int generation(String index) {
        Matcher m = VERSIONED.matcher(index);
        return m.matches() ? Integer.parseInt(m.group(2)) : 0;
    }

    private JsonNode read(String resource) throws IOException {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return json.readTree(in);
        }
    }
}
