package io.rayonne.base.internal;

import io.rayonne.base.ElasticsearchSettings;
import io.rayonne.base.StoreStatus;
import io.rayonne.base.StoreStatus.State;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the store answers and takes writes. A request the client could not get answered marks it
 * down at once, a write refused for lack of disk marks it full ({@link ElasticsearchConnection}
 * tells); a check every few seconds, on a thread of its own and with its own HTTP client, notices
 * when it is back (or gone while nobody asked): the cluster's health, then whether Rayonne's indices
 * carry the block Elasticsearch puts on them at its disk's flood stage.
 */
@Component
class StoreWatch implements StoreStatus, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StoreWatch.class);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final HttpRequest ping;
    private final HttpRequest floodBlocks;
    private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "rayonne-store-watch");
        thread.setDaemon(true);
        return thread;
    });
    private volatile State state = State.UP;

    StoreWatch(
            ElasticsearchNode node,
            ElasticsearchSettings settings,
            @Value("${rayonne.elasticsearch.watch-every:PT5S}") Duration every) {
        String base = node.url().toString().replaceAll("/$", "");
        this.ping = request(base + "/_cluster/health", settings);
        this.floodBlocks = request(
                base + "/rayonne-*/_settings/index.blocks.read_only_allow_delete"
                        + "?flat_settings=true&allow_no_indices=true&ignore_unavailable=true",
                settings);
        timer.scheduleWithFixedDelay(this::check, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static HttpRequest request(String url, ElasticsearchSettings settings) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3));
        if (settings.username() != null && settings.password() != null) {
            String pair = settings.username() + ":" + settings.password();
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return request.build();
    }

    @Override
    public State state() {
        return state;
    }

    @Override
    public Runnable onChange(Consumer<State> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** A request went unanswered (connection refused, reset, timed out). */
    void unanswered() {
        changeTo(State.DOWN);
    }

    /** A write was refused under the flood-stage block. */
    void refusedForSpace() {
        changeTo(State.FULL);
    }

    private void check() {
        State now;
        try {
            if (http.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() >= 500) {
                now = State.DOWN;
            } else {
                HttpResponse<String> blocks = http.send(floodBlocks, HttpResponse.BodyHandlers.ofString());
                now = blocks.statusCode() == 200
                                && blocks.body().contains("\"index.blocks.read_only_allow_delete\":\"true\"")
                        ? State.FULL
                        : State.UP;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            now = State.DOWN;
        }
        changeTo(now);
    }

    private synchronized void changeTo(State now) {
        if (now == state) {
            return;
        }
        state = now;
        switch (now) {
            case UP -> log.warn("Elasticsearch answers and takes writes again");
            case DOWN -> log.error("Elasticsearch does not answer: degraded mode until it does");
            case FULL ->
                log.error("Elasticsearch refuses writes: its disk reached the flood-stage watermark. Free disk space"
                        + " (or add room); it lifts the block itself once usage is under the high watermark");
        }
        listeners.forEach(l -> l.accept(now));
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
