package io.rayonne.observatoire;

import static org.assertj.core.api.Assertions.assertThat;

import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.SystemUser;
import io.rayonne.base.Channel;
import io.rayonne.base.Slugs;
import io.rayonne.calendar.internal.PostDocument;
import io.rayonne.calendar.internal.PostRevisionDocument;
import io.rayonne.calendar.internal.PostStore;
import io.rayonne.press.internal.CoverageDocument;
import io.rayonne.testing.Bench;
import io.rayonne.testing.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.query.IndexQuery;
import org.springframework.data.elasticsearch.core.query.IndexQueryBuilder;

/**
 * The dashboard's server time over 100 000 posts and 10 000 pieces of coverage (two offices of a
 * network, two years, with two years of key figures): the whole of {@link Dashboards#of}, every
 * part counted by Elasticsearch. Goal: 300 ms. Prints figures; checks every generated item is counted.
 * Run: ./mvnw -Pbenchmark test
 */
class ObservatoireBenchmark extends IntegrationTest {

    private static final int POSTS = Bench.size(100_000, 200);
    private static final int COVERAGE = Bench.size(10_000, 20);
    private static final int RUNS = Bench.size(30, 5);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    Dashboards dashboards;

    @Autowired
    KeyFigures keyFigures;

    @Autowired
    PostStore postStore;

    @Autowired
    ElasticsearchOperations operations;

    @Autowired
    Accounts accounts;

    @Test
    void theDashboardOverAHundredThousandPosts() {
        List<String> offices =
                List.of(office("Office de tourisme Observatoire Est"), office("Office de tourisme Observatoire Ouest"));
        int year = YearMonth.now(PARIS).getYear() - 1;
        Random random = new Random(8);
        Bench.heading("observatoire");

        long start = System.nanoTime();
        long notCancelled = writePosts(offices, year, random);
        writeCoverage(offices, year, random);
        writeFigures(offices, year, random);
        Bench.report(
                "setting up %,d posts, %,d pieces of coverage and %d office-months of figures: %.1f s%n",
                POSTS, COVERAGE, offices.size() * 24, (System.nanoTime() - start) / 1e9);

        Period period = Period.year(year);
        for (int i = 0; i < 5; i++) {
            as("nadia", () -> dashboards.of(offices, period), Role.ADMIN); // warm-up
        }
        long[] times = new long[RUNS];
        Dashboard last = null;
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            last = as("nadia", () -> dashboards.of(offices, period), Role.ADMIN);
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        Bench.report(
                "dashboard of 2 offices over %d beside %d (%,d posts counted, %,d pieces of coverage): median %.0f ms, p95 %.0f ms, max %.0f ms over %d runs (goal ≤ 300 ms)",
                year,
                year - 1,
                last.current().posts().planned() + last.yearBefore().posts().planned(),
                last.current().press().coverage().count()
                        + last.yearBefore().press().coverage().count(),
                times[RUNS / 2] / 1e6,
                times[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6,
                times[RUNS - 1] / 1e6,
                RUNS);

        assertThat(last.current().posts().planned() + last.yearBefore().posts().planned())
                .as("every post of the two years but the cancelled ones")
                .isEqualTo(notCancelled);
        assertThat(last.current().press().coverage().count()
                        + last.yearBefore().press().coverage().count())
                .isEqualTo(COVERAGE);

        Period quarter = new Period(YearMonth.of(year, 4), YearMonth.of(year, 6));
        long[] single = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            as("nadia", () -> dashboards.of(offices.subList(0, 1), quarter), Role.ADMIN);
            single[i] = System.nanoTime() - t;
        }
        Arrays.sort(single);
        Bench.report(
                "dashboard of one office over a quarter: median %.0f ms, p95 %.0f ms",
                single[RUNS / 2] / 1e6, single[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6);
    }

    private String office(String name) {
        String id = Slugs.of(name);
        SystemUser.run(() -> {
            if (accounts.office(id).isEmpty()) {
                accounts.createOffice(name, "landes", "Landes", "Dax");
            }
        });
        return id;
    }

    /** Two years of posts, half in each, spread over channels, themes and statuses. */
    private long writePosts(List<String> offices, int year, Random random) {
        long notCancelled = 0;
        String[] themes = {"Patrimoine", "Gastronomie", "Nature", "Agenda", "Savoir-faire", ""};
        String[] statuses = {"PUBLISHED", "PUBLISHED", "SCHEDULED", "APPROVED", "DRAFT", "CANCELLED"};
        Channel[] channels = Channel.values();
        Instant now = Instant.now();
        List<PostDocument> batch = new ArrayList<>();
        for (int i = 0; i < POSTS; i++) {
            LocalDateTime at = LocalDate.of(year - 1 + (i % 2), 1, 1)
                    .plusDays(random.nextInt(365))
                    .atTime(8 + random.nextInt(10), 0);
            Channel a = channels[random.nextInt(channels.length)];
            Channel b = channels[random.nextInt(channels.length)];
            String status = statuses[random.nextInt(statuses.length)];
            notCancelled += status.equals("CANCELLED") ? 0 : 1;
            Map<String, String> texts = new HashMap<>();
            texts.put(a.name(), "Texte " + i);
            texts.put(b.name(), "Texte " + i);
            batch.add(new PostDocument(
                    "bench-post-" + i,
                    offices.get(i % offices.size()),
                    "nadia",
                    "Publication " + i,
                    texts,
                    List.copyOf(texts.keySet()),
                    themes[random.nextInt(themes.length)],
                    "",
                    List.of(),
                    at,
                    at.atZone(PARIS).toInstant(),
                    List.of(),
                    List.of(),
                    null,
                    status,
                    List.of(),
                    null,
                    null,
                    null,
                    1,
                    now,
                    "nadia",
                    null));
            if (batch.size() == 5_000) {
                postStore.createAll(batch, List.<PostRevisionDocument>of());
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            postStore.createAll(batch, List.of());
        }
        return notCancelled;
    }

    private void writeCoverage(List<String> offices, int year, Random random) {
        String[] markets = {"FR", "BE", "DE", "GB", "NL", "IT", ""};
        String[] languages = {"fr", "fr", "nl", "de", "en"};
        String[] media = {"PRINT", "WEB", "TV", "RADIO"};
        Instant now = Instant.now();
        List<IndexQuery> batch = new ArrayList<>();
        for (int i = 0; i < COVERAGE; i++) {
            var c = new CoverageDocument(
                    "bench-coverage-" + i,
                    offices.get(i % offices.size()),
                    i % 3 == 0 ? "bench-visit-" + (i % 100) : null,
                    "bench-outlet",
                    null,
                    LocalDate.of(year - 1 + (i % 2), 1, 1).plusDays(random.nextInt(365)),
                    "Article " + i,
                    languages[random.nextInt(languages.length)],
                    markets[random.nextInt(markets.length)],
                    media[random.nextInt(media.length)],
                    null,
                    null,
                    "",
                    (long) random.nextInt(200_000),
                    "POSITIVE",
                    null,
                    "",
                    now,
                    "nadia",
                    null);
            batch.add(new IndexQueryBuilder().withId(c.id()).withObject(c).build());
            if (batch.size() == 5_000) {
                operations.bulkIndex(batch, CoverageDocument.class);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            operations.bulkIndex(batch, CoverageDocument.class);
        }
    }

    private void writeFigures(List<String> offices, int year, Random random) {
        List<KeyFigures.Imported> months = new ArrayList<>();
        for (String office : offices) {
            for (YearMonth m = YearMonth.of(year - 1, 1); !m.isAfter(YearMonth.of(year, 12)); m = m.plusMonths(1)) {
                Map<String, Double> values = new HashMap<>();
                for (KeyFigure f : KeyFigures.DEFAULT_LIST) {
                    values.put(f.code(), (double) random.nextInt(f.kind() == KeyFigure.Kind.SCORE ? 100 : 50_000));
                }
                months.add(new KeyFigures.Imported(office, m, values));
            }
        }
        as("nadia", () -> keyFigures.importMonths(months), Role.ADMIN);
    }
}
