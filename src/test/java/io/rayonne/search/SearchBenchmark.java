package io.rayonne.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.rayonne.accounts.Role;
import io.rayonne.testing.Bench;
import io.rayonne.testing.IntegrationTest;
import io.rayonne.testing.TestElasticsearch;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Search latency over the sample content, then over generated posts, journalists and partners
 * (100 000, 10 000 and 100 000 at full scale) loaded through the search index as the features
 * load theirs; Rayonne's whole answer beside the time Elasticsearch reports it took. Also the
 * memory of Rayonne and of the embedded node. Run: ./mvnw -Pbenchmark test
 */
class SearchBenchmark extends IntegrationTest {

    private static final List<String> QUERIES = List.of(
            "chateau elegant",
            "qualité",
            "OT",
            "randonnee",
            "amiens",
            "groupes de travail",
            "presse",
            "tourisme d'affaires",
            "calendrier editorial",
            "audit accueil",
            "chatau",
            "guide conférencier");
    private static final List<String> PREFIXES = List.of("cha", "qual", "gro", "prés", "cal", "bac", "jour", "aud");
    private static final int WARMUP = Bench.size(200, 20);
    private static final int RUNS = Bench.size(2000, 50);
    private static final int POSTS = Bench.size(100_000, 100);
    private static final int JOURNALISTS = Bench.size(10_000, 10);
    private static final int PARTNERS = Bench.size(100_000, 100);
    private static final List<String> OFFICES =
            List.of("amiens-metropole", "valenciennes", "dunkerque", "lille", "landes-chalosse");

    @Autowired
    UnifiedSearch search;

    @Autowired
    SearchIndex index;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    MeterRegistry meters;

    @Test
    void searchLatencyAndMemory() throws IOException {
        signIn("camille", Role.COMMUNICATION);
        Bench.heading("search");
        Bench.report("search index: %d entries (sample content)", count());
        measure("search, sample content", i -> search.search(SearchQuery.of(QUERIES.get(i % QUERIES.size()))));
        measure("suggest, sample content", i -> search.suggest(PREFIXES.get(i % PREFIXES.size()), 8));

        long before = count();
        long start = System.nanoTime();
        generate();
        long generated = count() - before;
        Bench.report(
                "generated %,d posts, %,d journalists, %,d partners through the search index in %.1f s",
                POSTS, JOURNALISTS, PARTNERS, (System.nanoTime() - start) / 1e9);
        assertThat(generated).as("every generated entry is in the index").isEqualTo(POSTS + JOURNALISTS + PARTNERS);
        Bench.report("search index: %,d entries (sample content + generated)", count());

        // Elasticsearch counts exactly up to 10 000 hits.
        assertThat(total("randonnée", "post")).isGreaterThanOrEqualTo(Math.min(POSTS, 10_000));
        assertThat(total("rédactrice", "journalist")).isGreaterThanOrEqualTo(Math.min(JOURNALISTS, 10_000));
        assertThat(total("beffroi", "partner")).isGreaterThanOrEqualTo(Math.min(PARTNERS, 10_000));
        measure("search, generated corpus", i -> search.search(SearchQuery.of(QUERIES.get(i % QUERIES.size()))));
        measure("suggest, generated corpus", i -> search.suggest(PREFIXES.get(i % PREFIXES.size()), 8));

        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        Bench.report(
                "Rayonne JVM (tests included): heap used %d MB of %d MB max, resident %d MB",
                heap.getUsed() >> 20, heap.getMax() >> 20, rss() >> 20);
        Bench.report(
                "Embedded Elasticsearch: resident %d MB (heap 512 MB)",
                TestElasticsearch.node().residentMemoryBytes() >> 20);
    }

    /**
     * Times each call; for searches, also what Elasticsearch reported it took (the timer Rayonne
     * records it in, read before and after each call: one thread, so the difference is that call's).
     */
    private void measure(String name, java.util.function.IntConsumer work) {
        Timer took = meters.get("rayonne.search.elasticsearch").timer();
        for (int i = 0; i < WARMUP; i++) {
            work.accept(i);
        }
        long[] nanos = new long[RUNS];
        long[] elasticsearch = new long[RUNS];
        long start = System.nanoTime();
        for (int i = 0; i < RUNS; i++) {
            double tookBefore = took.totalTime(TimeUnit.NANOSECONDS);
            long t = System.nanoTime();
            work.accept(i);
            nanos[i] = System.nanoTime() - t;
            elasticsearch[i] = (long) (took.totalTime(TimeUnit.NANOSECONDS) - tookBefore);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        Arrays.sort(elasticsearch);
        String raw = elasticsearch[RUNS - 1] == 0
                ? ""
                : String.format(
                        java.util.Locale.ROOT,
                        "%n%-26s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  (Elasticsearch's own \"took\", whole ms)",
                        "  of which Elasticsearch",
                        ms(elasticsearch, 0.50),
                        ms(elasticsearch, 0.95),
                        ms(elasticsearch, 0.99));
        Bench.report(
                "%-26s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %6.2f ms  %6.0f queries/s (one thread)%s",
                name, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[RUNS - 1] / 1e6, RUNS / seconds, raw);
        if (!raw.isEmpty()) {
            assertThat(ms(elasticsearch, 0.50))
                    .as("Elasticsearch's part of the answer")
                    .isLessThanOrEqualTo(ms(nanos, 0.50));
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(quantile * sorted.length))] / 1e6;
    }

    /** Entries made of the sample notes' words, shaped as the posts, journalists and partners make theirs. */
    private void generate() throws IOException {
        List<String> words = new ArrayList<>();
        try (var files = Files.list(Path.of("content-samples/notes"))) {
            for (Path file : files.toList()) {
                for (String word : Files.readString(file).split("[^\\p{L}']+")) {
                    if (word.length() > 3) {
                        words.add(word);
                    }
                }
            }
        }
        Random random = new Random(42);
        Supplier<String> sentence = () -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 8 + random.nextInt(30); i++) {
                b.append(words.get(random.nextInt(words.size()))).append(' ');
            }
            return b.toString().strip();
        };
        Instant now = Instant.now();
        List<SearchEntry> batch = new ArrayList<>();
        for (int i = 0; i < POSTS + JOURNALISTS + PARTNERS; i++) {
            String office = OFFICES.get(random.nextInt(OFFICES.size()));
            Instant date = now.minusSeconds(random.nextInt(63_000_000));
            String title = sentence.get();
            title = title.substring(0, Math.min(title.length(), 40)).strip();
            if (i < POSTS) {
                batch.add(new SearchEntry(
                        "post",
                        "bench-" + i,
                        title,
                        "Randonnée · " + sentence.get() + " · " + sentence.get(),
                        office,
                        i % 3 == 0 ? "published" : "draft",
                        date,
                        "calendrier/publications/bench-" + i,
                        Set.of(Readers.STAFF),
                        Map.of(SearchResults.LANGUAGE, Set.of("fr"))));
            } else if (i < POSTS + JOURNALISTS) {
                batch.add(new SearchEntry(
                        "journalist",
                        "bench-" + i,
                        "Journaliste " + title,
                        "Rédactrice · " + sentence.get(),
                        "",
                        null,
                        date,
                        "presse/journalistes/bench-" + i,
                        Set.of(Readers.STAFF),
                        Map.of(SearchResults.LANGUAGE, Set.of("fr"), SearchResults.MARKET, Set.of("FR"))));
            } else {
                batch.add(new SearchEntry(
                        "partner",
                        "bench-" + i,
                        "Maison " + title,
                        i + " rue du Beffroi · " + sentence.get(),
                        office,
                        i % 2 == 0 ? "member" : "none",
                        date,
                        "partenaires/bench-" + i,
                        Set.of(Readers.role(Role.COMMUNICATION), Readers.role(Role.ADMIN))));
            }
            if (batch.size() == 1_000) {
                index.load(batch);
                batch = new ArrayList<>();
            }
        }
        index.load(batch);
        index.flush();
    }

    private long total(String text, String type) {
        return search.search(new SearchQuery(text, Map.of(SearchResults.TYPE, type), 10))
                .total();
    }

    private long count() throws IOException {
        client.indices().refresh(r -> r.index("rayonne-search"));
        return client.count(c -> c.index("rayonne-search")).count();
    }

    private static long rss() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return 0;
    }
}
