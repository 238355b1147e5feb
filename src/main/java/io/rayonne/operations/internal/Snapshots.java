package io.rayonne.operations.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.snapshot.SnapshotInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Rayonne's snapshot repository (type fs) on one cluster: create, list, delete, and restore into a
 * store that has none of Rayonne's indices.
 */
public final class Snapshots {

    public static final String REPOSITORY = "rayonne-backups";
    static final String INDICES = "rayonne-*";

    /** One snapshot as the repository describes it. */
    public record Snapshot(String name, Instant at, String state, int indices, @Nullable String failure) {
        public boolean complete() {
            return "SUCCESS".equals(state);
        }
    }

    private final ElasticsearchClient client;
    private final String location;

    public Snapshots(ElasticsearchClient client, String location) {
        this.client = client;
        this.location = location;
    }

    /** Registers the repository (again: it is idempotent), so that a new cluster sees its snapshots. */
    public void ensureRepository() {
        try {
            client.snapshot().createRepository(r -> r.name(REPOSITORY)
                    .repository(repo -> repo.fs(fs -> fs.settings(s -> s.location(location)))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Snapshot create(String name) {
        ensureRepository();
        try {
            SnapshotInfo info = client.snapshot()
                    .create(c -> c.repository(REPOSITORY)
                            .snapshot(name)
                            .indices(INDICES)
                            .includeGlobalState(false)
                            .waitForCompletion(true))
                    .snapshot();
            return snapshot(info);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every snapshot of the repository, newest first. */
    public List<Snapshot> list() {
        ensureRepository();
        try {
            return client.snapshot().get(g -> g.repository(REPOSITORY).snapshot("_all")).snapshots().stream()
                    .map(Snapshots::snapshot)
                    .sorted(Comparator.comparing(Snapshot::at).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The named snapshot, or the newest complete one for "latest". */
    public Optional<Snapshot> find(String name) {
        return list().stream()
                .filter(s -> "latest".equals(name) ? s.complete() : s.name().equals(name))
                .findFirst();
    }

    public void delete(String name) {
        try {
            client.snapshot().delete(d -> d.repository(REPOSITORY).snapshot(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the cluster holds any of Rayonne's indices. */
    public boolean storeIsEmpty() {
        try {
            return client.indices()
                    .get(g -> g.index(INDICES).allowNoIndices(true))
                    .result()
                    .isEmpty();
        } catch (ElasticsearchException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Restores the snapshot's indices with their aliases; the store must hold none of them. */
    public void restore(String name) {
        if (!storeIsEmpty()) {
            throw new IllegalStateException(
                    "The store already holds Rayonne's indices: a restore goes into an empty one");
        }
        ensureRepository();
        try {
            client.snapshot().restore(r -> r.repository(REPOSITORY)
                    .snapshot(name)
                    .indices(INDICES)
                    .includeAliases(true)
                    .includeGlobalState(false)
                    .waitForCompletion(true));
            client.cluster().health(h -> h.index(INDICES)
                    .waitForStatus(co.elastic.clients.elasticsearch._types.HealthStatus.Yellow));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Snapshot snapshot(SnapshotInfo info) {
        long start = info.startTimeInMillis() == null ? 0 : info.startTimeInMillis();
        return new Snapshot(
                info.snapshot(),
                Instant.ofEpochMilli(start),
                info.state() == null ? "UNKNOWN" : info.state(),
                info.indices().size(),
                info.reason());
    }
}
