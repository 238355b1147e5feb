package io.rayonne.base;

import java.util.function.Consumer;

/**
 * Whether Elasticsearch answers. The frame shows a banner while it does not, and tells people when
 * it is back; what they type stays in their page meanwhile.
 */
public interface StoreStatus {

    boolean reachable();

    /** Told {@code true} when the store answers again, {@code false} when it stops; returns how to stop listening. */
    Runnable onChange(Consumer<Boolean> listener);
}
