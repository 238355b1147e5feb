package io.rayonne.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import io.rayonne.accounts.Role;
import io.rayonne.testing.IntegrationTest;
import io.rayonne.testing.TestElasticsearch;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Search latency over the sample content, then over a larger generated corpus, and the memory of
 * Rayonne and of the embedded node. Prints figures; asserts nothing. Run: ./mvnw -Pbenchmark test
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
    private static final int WARMUP = 200;
    private static final int RUNS = 2000;
    private static final int CORPUS = 5000;

    @Autowired
    UnifiedSearch search;

    @Autowired
    ElasticsearchClient client;

    @Test
    void searchLatencyAndMemory() throws IOException {
        signIn("camille", Role.COMMUNICATION);
        System.out.println();
        System.out.println(
                "=== Rayonne search benchmark (" + Runtime.getRuntime().availableProcessors() + " cores) ===");
        System.out.printf(Locale.ROOT, "search index: %d entries (sample content)%n", count());
        measure("search, sample content", i -> search.search(SearchQuery.of(QUERIES.get(i % QUERIES.size()))));
        measure("suggest, sample content", i -> search.suggest(PREFIXES.get(i % PREFIXES.size()), 8));

        generateCorpus();
        System.out.printf(Locale.ROOT, "search index: %d entries (sample content + generated)%n", count());
        measure("search, larger corpus", i -> search.search(SearchQuery.of(QUERIES.get(i % QUERIES.size()))));
        measure("suggest, larger corpus", i -> search.suggest(PREFIXES.get(i % PREFIXES.size()), 8));

        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf(
                Locale.ROOT,
                "Rayonne JVM (tests included): heap used %d MB of %d MB max, resident %d MB%n",
                heap.getUsed() >> 20,
                heap.getMax() >> 20,
                rss() >> 20);
        System.out.printf(
                Locale.ROOT,
                "Embedded Elasticsearch: resident %d MB (heap 512 MB)%n",
                TestElasticsearch.node().residentMemoryBytes() >> 20);
        System.out.println("=== end ===");
    }

    private void measure(String name, java.util.function.IntConsumer work) {
        for (int i = 0; i < WARMUP; i++) {
            work.accept(i);
        }
        long[] nanos = new long[RUNS];
        long start = System.nanoTime();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.accept(i);
            nanos[i] = System.nanoTime() - t;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        System.out.printf(
                Locale.ROOT,
                "%-26s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %6.2f ms  %6.0f queries/s (one thread)%n",
                name,
                ms(nanos, 0.50),
                ms(nanos, 0.95),
                ms(nanos, 0.99),
                nanos[RUNS - 1] / 1e6,
                RUNS / seconds);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(quantile * sorted.length))] / 1e6;
    }

    /** Notes made of the sample notes' words, written straight to the search index in bulk. */
    private void generateCorpus() throws IOException {
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
        List<String> offices = List.of("amiens-metropole", "valenciennes", "dunkerque", "lille", "landes-chalosse");
        for (int batch = 0; batch < CORPUS / 500; batch++) {
            List<BulkOperation> operations = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                String id = "bench-" + batch + "-" + i;
                Map<String, Object> doc = Map.of(
                        "type",
                        "note",
                        "entityId",
                        id,
                        "title",
                        sentence.get().substring(0, 20).strip(),
                        "body",
                        sentence.get() + ". " + sentence.get(),
                        "officeId",
                        offices.get(random.nextInt(offices.size())),
                        "date",
                        System.currentTimeMillis() - random.nextInt(1_000_000_000),
                        "route",
                        "notes/" + id,
                        "readers",
                        List.of(Readers.STAFF));
                operations.add(BulkOperation.of(b ->
                        b.index(x -> x.index("rayonne-search").id("note:" + id).document(doc))));
            }
            client.bulk(b -> b.operations(operations));
        }
        client.indices().refresh(r -> r.index("rayonne-search"));
    }

    private long count() throws IOException {
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
