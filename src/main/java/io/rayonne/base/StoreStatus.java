package io.rayonne.base;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Whether Elasticsearch answers, and whether it takes writes. The frame shows a banner while it does
 * not, and tells people when it is back; what they type stays in their page meanwhile.
 */
public interface StoreStatus {

    enum State {
        /** It answers and takes writes. */
        UP,
        /** It does not answer. */
        DOWN,
        /**
         * It answers but refuses every write: its disk has reached Elasticsearch's flood stage (it
         * blocks writes before the disk is full, and lifts the block itself once there is room).
         */
        FULL
    }

    State state();

    default boolean reachable() {
        return state() != State.DOWN;
    }

    /** Told each new state; returns how to stop listening. */
    Runnable onChange(Consumer<State> listener);

    /**
     * Whether the error is a full disk: Elasticsearch refusing a write under its flood-stage block,
     * or a file that could not be written for lack of space (photos, kits' PDF files).
     */
    static boolean isFullDisk(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message == null) {
                continue;
            }
            if (FLOOD_BLOCKS.stream().anyMatch(message::contains)) {
                return true;
            }
            if (t instanceof IOException && message.contains("No space left on device")) {
                return true;
            }
        }
        return false;
    }

    /**
     * How Elasticsearch words the block on an index whose node's disk reached the flood stage: as
     * it puts it itself, and as it is once set by hand (an administrator freeing space keeps it).
     */
    java.util.List<String> FLOOD_BLOCKS =
            java.util.List.of("exceeded flood-stage watermark", "read-only / allow delete (api)");
}
