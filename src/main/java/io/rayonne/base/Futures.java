package io.rayonne.base;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work handed to another thread, its failure thrown as if it had happened here. */
public final class Futures {

    private Futures() {}

    /**
     * The result, once there; an unchecked failure of the work is thrown as it was, any other one
     * wrapped, and an interruption keeps the thread's flag.
     */
    public static <T> T result(Future<T> work) {
        try {
            return work.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for work out on another thread", e);
        }
    }
}
