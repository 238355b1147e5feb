package io.rayonne.base.internal;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.Endpoint;
import co.elastic.clients.transport.TransportOptions;
import io.rayonne.base.StoreStatus;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The client's transport, with two additions: a request refused because its index holds writes (the
 * last moment of a rebuild, decision 12) waits and goes again, so that the writer sees a slow save
 * rather than an error (a refused write was not applied: sending it again cannot double it); and a
 * write refused because the disk is full says so to whoever watches the store at once. Bulk
 * requests report such refusals per item and are not retried here.
 */
final class BlockTolerantTransport implements ElasticsearchTransport {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ElasticsearchTransport delegate;
    private final Runnable refusedForSpace;

    BlockTolerantTransport(ElasticsearchTransport delegate, Runnable refusedForSpace) {
        this.delegate = delegate;
        this.refusedForSpace = refusedForSpace;
    }

    @Override
    public <RequestT, ResponseT, ErrorT> ResponseT performRequest(
            RequestT request, Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options)
            throws IOException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        long pause = 20;
        while (true) {
            try {
                return delegate.performRequest(request, endpoint, options);
            } catch (IOException | RuntimeException e) {
                // Refused for lack of disk: said to the watch, whichever way the client reports it.
                if (StoreStatus.isFullDisk(e)) {
                    refusedForSpace.run();
                }
                if (!(e instanceof ElasticsearchException refused)
                        || !isWriteBlock(refused)
                        || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause = Math.min(pause * 2, 250);
            }
        }
    }

    static boolean isWriteBlock(ElasticsearchException e) {
        return "cluster_block_exception".equals(e.error().type())
                && e.error().reason() != null
                && e.error().reason().contains("index write (api)");
    }

    @Override
    public <RequestT, ResponseT, ErrorT> CompletableFuture<ResponseT> performRequestAsync(
            RequestT request, Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) {
        return delegate.performRequestAsync(request, endpoint, options);
    }

    @Override
    public JsonpMapper jsonpMapper() {
        return delegate.jsonpMapper();
    }

    @Override
    public TransportOptions options() {
        return delegate.options();
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }
}
