package io.rayonne.base.ui;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The id of what a screen is creating: drawn at the first try of its save and kept until a try is
 * answered (or refused having written nothing), so that a try whose answer was lost is completed by
 * the next one, never doubled (decision 13).
 */
public final class PendingId {

    private @Nullable String id;

    /** The id of the first try not yet answered, else a new one from {@code draw}. */
    public String get(Supplier<String> draw) {
        if (id == null) {
            id = draw.get();
        }
        return id;
    }

    /** A try was answered, or refused before writing anything: the next creation is another one. */
    public void answered() {
        id = null;
    }
}
