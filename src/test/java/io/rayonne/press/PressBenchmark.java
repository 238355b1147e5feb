package io.rayonne.press;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.rayonne.accounts.Role;
import io.rayonne.base.Names;
import io.rayonne.press.internal.JournalistDocument;
import io.rayonne.testing.Bench;
import io.rayonne.testing.BrowserTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.mapping.IndexCoordinates;
import org.springframework.data.elasticsearch.core.query.IndexQuery;
import org.springframework.data.elasticsearch.core.query.IndexQueryBuilder;

/**
 * Duplicate detection against 10 000 journalists, and the public kit page's response time (the
 * lookup, the HTTP answer, the page in a browser until its title shows). Prints figures; asserts
 * nothing. Run: ./mvnw -Pbenchmark test
 */
class PressBenchmark extends BrowserTest {

    private static final int JOURNALISTS = Bench.size(10_000, 100);
    private static final String[] FIRST = {
        "Benoît",
        "Camille",
        "Claire",
        "Julien",
        "Sophie",
        "Thomas",
        "Wolfgang",
        "Anna",
        "Lukas",
        "Marie",
        "Hélène",
        "François",
        "Jürgen",
        "Emma",
        "Pieter",
        "Sanne",
        "Léa",
        "Noé",
        "Chloé",
        "Mathieu",
        "Ines",
        "Hugo",
        "Lucie"
    };
    private static final String[] LAST = {
        "Lucchini", "Martin", "Dubois", "Lefèvre", "Müller", "Schmidt", "Janssen", "De Vries", "Moreau", "Fontaine",
        "Garnier", "Rousseau", "Weber", "Becker", "Bakker", "Caron", "Roussel", "Lambert", "Girard", "Bonnet"
    };

    @Autowired
    Journalists journalists;

    @Autowired
    PressKits kits;

    @Autowired
    ElasticsearchOperations operations;

    @Test
    void duplicateDetectionAndThePublicKitPage() throws Exception {
        Bench.heading("press");
        List<String> names = fill();
        duplicates(names);
        kitPage();
    }

    /** 10 000 journalists written in bulk (the services write one by one, waiting for each). */
    private List<String> fill() {
        Random random = new Random(42);
        List<String> names = new ArrayList<>();
        List<IndexQuery> batch = new ArrayList<>();
        for (int i = 0; i < JOURNALISTS; i++) {
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)] + "-"
                    + Integer.toString(i, 36);
            names.add(name);
            String id = "bench-" + i;
            var document = new JournalistDocument(
                    id,
                    name,
                    Names.fold(name),
                    "Journaliste",
                    List.of(),
                    Set.of("fr"),
                    Set.of("FR"),
                    Set.of("patrimoine"),
                    "j" + i + "@bench.example",
                    Names.foldEmail("j" + i + "@bench.example"),
                    "",
                    "",
                    "",
                    null,
                    null,
                    Instant.now(),
                    "benchmark",
                    null);
            batch.add(new IndexQueryBuilder().withId(id).withObject(document).build());
            if (batch.size() == 1_000) {
                operations.bulkIndex(batch, IndexCoordinates.of("rayonne-journalists"));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) { // the test command's fiftieth is fewer than one batch
            operations.bulkIndex(batch, IndexCoordinates.of("rayonne-journalists"));
        }
        operations.indexOps(IndexCoordinates.of("rayonne-journalists")).refresh();
        return names;
    }

    private void duplicates(List<String> names) {
        Random random = new Random(7);
        List<Long> micros = new ArrayList<>();
        int found = 0;
        int queries = Bench.size(400, 40);
        for (int i = 0; i < queries + 50; i++) {
            // Half are a recorded name without its accents or with a typo, half are new people.
            String typed = i % 2 == 0
                    ? Names.fold(names.get(random.nextInt(names.size())))
                    : "Nouveau " + LAST[random.nextInt(LAST.length)] + " " + i;
            var draft = new Journalist.Draft(typed, "", List.of(), Set.of(), Set.of(), Set.of(), "", "", "", "", null);
            long start = System.nanoTime();
            int hits =
                    as("hugo", () -> journalists.likelyDuplicates(draft, null).size(), Role.PRESS);
            long elapsed = (System.nanoTime() - start) / 1_000;
            if (i >= 50) { // the first ones warm up
                micros.add(elapsed);
                found += hits > 0 && i % 2 == 0 ? 1 : 0;
            }
        }
        Collections.sort(micros);
        Bench.report(
                "likely duplicates among %,d journalists (fuzzy Elasticsearch query, then Jaro-Winkler): median %.1f ms,"
                        + " p95 %.1f ms, max %.1f ms over %d queries; %d of %d known names found without accents",
                JOURNALISTS + 2,
                micros.get(micros.size() / 2) / 1000.0,
                micros.get(micros.size() * 95 / 100) / 1000.0,
                micros.get(micros.size() - 1) / 1000.0,
                micros.size(),
                found,
                queries / 2);
        assertThat(found).as("known names typed without their accents").isEqualTo(queries / 2);
    }

    private void kitPage() throws Exception {
        String token = as(
                        "hugo",
                        () -> kits.create(new PressKit.Draft(
                                Map.of("fr", "Dossier de mesure"),
                                List.of(new PressKit.Section(
                                        "a",
                                        Map.of(
                                                "fr",
                                                new PressKit.Version(
                                                        "Une partie",
                                                        "Un texte **en Markdown**.\n\n".repeat(40),
                                                        false)))),
                                List.of(),
                                List.of(),
                                null,
                                PressKit.Visibility.LINK)),
                        Role.PRESS)
                .token();
        List<Long> lookup = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            long start = System.nanoTime();
            kits.open(token).orElseThrow();
            if (i >= 50) {
                lookup.add((System.nanoTime() - start) / 1_000);
            }
        }
        HttpClient http = HttpClient.newHttpClient();
        List<Long> shell = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create(url("dossiers/" + token))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("Status " + answer.statusCode());
            }
            if (i >= 20) {
                shell.add((System.nanoTime() - start) / 1_000);
            }
        }
        List<Long> browser = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            Page reader = newPage();
            long start = System.nanoTime();
            reader.navigate(url("dossiers/" + token));
            reader.locator("#kit-title").waitFor();
            if (i > 0) {
                browser.add((System.nanoTime() - start) / 1_000_000);
            }
            reader.context().close();
        }
        Collections.sort(lookup);
        Collections.sort(shell);
        Collections.sort(browser);
        Bench.report(
                "public kit page: lookup of the link (token, embargo, office, photos) median %.1f ms, p95 %.1f ms;"
                        + " HTTP answer (404 check included) median %.1f ms, p95 %.1f ms; in a new browser until the"
                        + " kit's title shows median %d ms, max %d ms over %d readers",
                lookup.get(lookup.size() / 2) / 1000.0,
                lookup.get(lookup.size() * 95 / 100) / 1000.0,
                shell.get(shell.size() / 2) / 1000.0,
                shell.get(shell.size() * 95 / 100) / 1000.0,
                browser.get(browser.size() / 2),
                browser.get(browser.size() - 1),
                browser.size());
    }
}
