package io.rayonne.operations;

import io.rayonne.base.Audited;
import io.rayonne.base.IndexAdministration;
import io.rayonne.base.IndexAdministration.IndexStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The indexes as administrators see them, and their rebuilds: one at a time, in the background, so
 * that whoever opens the screen (or opens it again) follows the same one.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class IndexRebuilds implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuilds.class);

    /** A rebuild under way or done: documents copied so far out of the total, then the outcome. */
    public static final class Rebuild {
        private final String alias;
        private final String by;
        private final Instant startedAt;
        private final AtomicLong done = new AtomicLong();
        private final AtomicLong total = new AtomicLong();
        private final AtomicReference<@Nullable IndexStatus> result = new AtomicReference<>();
        private final AtomicReference<@Nullable RuntimeException> failure = new AtomicReference<>();

        Rebuild(String alias, String by, Instant startedAt) {
            this.alias = alias;
            this.by = by;
            this.startedAt = startedAt;
        }

        public String alias() {
            return alias;
        }

        public String by() {
            return by;
        }

        public Instant startedAt() {
            return startedAt;
        }

        public long done() {
            return done.get();
        }

        public long total() {
            return total.get();
        }

        public boolean finished() {
            return result.get() != null || failure.get() != null;
        }

        public Optional<IndexStatus> result() {
            return Optional.ofNullable(result.get());
        }

        public Optional<RuntimeException> failure() {
            return Optional.ofNullable(failure.get());
        }
    }

    /** Another rebuild is under way: one at a time. */
    public static class RebuildRunningException extends RuntimeException {
        private final transient Rebuild running;

        RebuildRunningException(Rebuild running) {
            super("A rebuild of " + running.alias() + " is under way");
            this.running = running;
        }

        public Rebuild running() {
            return running;
        }
    }

    private final IndexAdministration indexes;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "rayonne-index-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<@Nullable Rebuild> latest = new AtomicReference<>();

    IndexRebuilds(IndexAdministration indexes, Clock clock) {
        this.indexes = indexes;
        this.clock = clock;
    }

    public List<IndexStatus> status() {
        return indexes.status();
    }

    /** The rebuild under way, or the last one since Rayonne started. */
    public Optional<Rebuild> latest() {
        return Optional.ofNullable(latest.get());
    }

    /** Starts rebuilding the index behind {@code alias}; people keep working meanwhile. */
    @Audited(value = "index.rebuilt", subject = "#alias")
    public synchronized Rebuild start(String alias, String by) {
        Rebuild current = latest.get();
        if (current != null && !current.finished()) {
            throw new RebuildRunningException(current);
        }
        if (status().stream().noneMatch(s -> s.alias().equals(alias))) {
            throw new IllegalArgumentException("Unknown index " + alias);
        }
        Rebuild rebuild = new Rebuild(alias, by, clock.instant());
        latest.set(rebuild);
        worker.execute(() -> {
            try {
                rebuild.result.set(indexes.rebuild(alias, (done, total) -> {
                    rebuild.total.set(total);
                    rebuild.done.set(done);
                }));
            } catch (RuntimeException e) {
                log.error("Rebuild of {} failed", alias, e);
                rebuild.failure.set(e);
            }
        });
        return rebuild;
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
