package io.rayonne.base.internal;

import io.rayonne.base.ElasticsearchSettings;
import io.rayonne.base.StoreStatus;
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
 * Whether the store answers. A request the client could not get answered marks it down at once
 * ({@link ElasticsearchConnection} tells); a check of the cluster's health every few seconds, on a
 * thread of its own and with its own HTTP client, notices when it is back (or gone while nobody asked).
 */
@Component
class StoreWatch implements StoreStatus, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StoreWatch.class);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final HttpRequest ping;
    private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "rayonne-store-watch");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean reachable = true;

    StoreWatch(
            ElasticsearchNode node,
            ElasticsearchSettings settings,
            @Value("${rayonne.elasticsearch.watch-every:PT5S}") Duration every) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(node.url().toString().replaceAll("/$", "") + "/_cluster/health"))
                .timeout(Duration.ofSeconds(3));
        if (settings.username() != null && settings.password() != null) {
            String pair = settings.username() + ":" + settings.password();
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        this.ping = request.build();
        timer.scheduleWithFixedDelay(this::check, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public boolean reachable() {
        return reachable;
    }

    @Override
    public Runnable onChange(Consumer<Boolean> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** A request went unanswered (connection refused, reset, timed out). */
    void unanswered() {
        changeTo(false);
    }

    private void check() {
        boolean answers;
        try {
            answers = http.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() < 500;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            answers = false;
        }
        changeTo(answers);
    }

    private synchronized void changeTo(boolean answers) {
        if (answers == reachable) {
            return;
        }
        reachable = answers;
        if (answers) {
            log.warn("Elasticsearch answers again");
        } else {
            log.error("Elasticsearch does not answer: degraded mode until it does");
        }
        listeners.forEach(l -> l.accept(answers));
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
