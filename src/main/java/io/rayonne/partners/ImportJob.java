package io.rayonne.partners;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * An import running in the background, for the screen to follow: rows done so far, then either
 * the report or what stopped it (the rows before {@link #done()} are written).
 */
public final class ImportJob {

    private final int rows;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicReference<@Nullable ImportReport> report = new AtomicReference<>();
    private final AtomicReference<@Nullable RuntimeException> failure = new AtomicReference<>();

    ImportJob(int rows) {
        this.rows = rows;
    }

    public int rows() {
        return rows;
    }

    public int done() {
        return done.get();
    }

    public boolean finished() {
        return report.get() != null || failure.get() != null;
    }

    public Optional<ImportReport> report() {
        return Optional.ofNullable(report.get());
    }

    public Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure.get());
    }

    void progress(int rowsDone) {
        done.set(rowsDone);
    }

    void finish(ImportReport result) {
        done.set(rows);
        report.set(result);
    }

    void fail(RuntimeException e) {
        failure.set(e);
    }
}
