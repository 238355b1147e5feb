package io.rayonne.partners;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.SystemUser;
import io.rayonne.base.Slugs;
import io.rayonne.base.StoreStatus;
import io.rayonne.testing.IntegrationTest;
import io.rayonne.testing.RayonneProcess;
import io.rayonne.testing.Resilience;
import io.rayonne.testing.TestElasticsearch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A members' file imported while the worst happens: Rayonne killed (SIGKILL) in the middle of the
 * import, several times, and the same file imported again after each restart, as the import screen
 * invites; then Elasticsearch's disk full when an import begins, and the file imported again once
 * there is room. Counts the partners, contacts and search entries the office ends with: every row
 * once (goal: none lost, none doubled). Run: ./mvnw -Presilience test
 */
class ImportResilience extends IntegrationTest {

    private static final int ROWS = Resilience.size(50_000, 5_000);

    @Autowired
    Accounts accounts;

    @Autowired
    PartnerImports imports;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    StoreStatus store;

    @Test
    void rayonneKilledMidImport() throws Exception {
        int kills = Resilience.size(5, 1);
        String office = office("Arrêts");
        String officer = newUser(office, Role.COMMUNICATION);
        Path file = Path.of("target/resilience/adherents-" + office + ".csv");
        Files.createDirectories(file.getParent());
        Files.write(file, csv(ROWS));
        Random random = new Random(2026);
        List<String> arguments =
                List.of("--import.file=" + file, "--import.office=" + office, "--import.officer=" + officer);
        long start = System.nanoTime();
        int midway = 0;
        for (int i = 0; i < kills; i++) {
            long before = partners(office);
            Process importing = RayonneProcess.start(ImportingRayonne.class.getName(), "import-kill-" + i, arguments);
            // Killed once it writes, at a random moment of it.
            Resilience.waitUntil(
                    () -> partners(office) > before || !importing.isAlive(), Duration.ofMinutes(3), "rows written");
            Resilience.pause(Duration.ofMillis(random.nextInt(1_500)));
            midway += importing.isAlive() ? 1 : 0;
            RayonneProcess.kill(importing);
            System.out.printf("kill %d: %d partners written so far%n", i + 1, partners(office));
        }
        Process last = RayonneProcess.start(ImportingRayonne.class.getName(), "import-last", arguments);
        assertThat(last.waitFor()).as("the last import ends normally").isZero();
        double seconds = (System.nanoTime() - start) / 1e9;
        counted(
                office,
                "Rayonne killed " + kills + " times during the import (SIGKILL; " + midway
                        + " of them before it ended), the same file imported again after each restart",
                seconds);
    }

    @Test
    void theDiskIsFullWhenAnImportBegins() {
        String office = office("Disque");
        String officer = newUser(office, Role.COMMUNICATION);
        byte[] content = csv(ROWS);
        var file = io.rayonne.base.CsvFile.read(content, StandardCharsets.UTF_8, ';');
        List<ImportRow> rows = CsvImport.rows(file, CsvImport.guess(file.header()));
        ImportOptions options = new ImportOptions(
                office,
                Sector.ACCOMMODATION,
                LegalBasis.CONTRACT,
                "Fichier des adhérents",
                LocalDate.of(2026, 1, 1),
                false);
        long start = System.nanoTime();
        TestElasticsearch.fillDisk();
        ImportJob refused;
        try {
            refused = as(officer, () -> imports.start(rows, options, List.of()), Role.COMMUNICATION);
            Resilience.waitUntil(refused::finished, Duration.ofMinutes(1), "the import to stop");
        } finally {
            TestElasticsearch.freeDisk();
        }
        assertThat(refused.failure()).as("the import stopped, saying why").isPresent();
        assertThat(StoreStatus.isFullDisk(refused.failure().get()))
                .as("why: the disk is full")
                .isTrue();
        Resilience.waitUntil(() -> store.state() == StoreStatus.State.UP, Duration.ofSeconds(30), "room again");
        ImportReport again = as(officer, () -> imports.run(rows, options, List.of(), n -> {}), Role.COMMUNICATION);
        assertThat(again.accepted()).isEqualTo(ROWS);
        counted(
                office,
                "Elasticsearch's disk full (its flood stage) when the import began: it stopped after " + refused.done()
                        + " rows, saying the disk was full; the same file imported again once there was room",
                (System.nanoTime() - start) / 1e9);
    }

    /** The office's partners, contacts and search entries, each row's once; printed, then checked. */
    private void counted(String office, String what, double seconds) {
        long partners = partners(office);
        long contacts = count(
                "rayonne-partners", officeIs(office), Aggregation.of(a -> a.nested(n -> n.path("contacts"))), true);
        long doubledNames = count(
                "rayonne-partners",
                officeIs(office),
                Aggregation.of(
                        a -> a.terms(t -> t.field("nameFolded").minDocCount(2).size(1_000))),
                false);
        long entries = searchEntries(office);
        Resilience.heading("partner import");
        Resilience.report("a file of %d rows (a partner and its contact each), %s, in %.0f s", ROWS, what, seconds);
        Resilience.report(
                "the office has %d partners (goal %d), %d contacts (goal %d), %d names stored twice (goal 0),"
                        + " %d search entries (goal %d)",
                partners, ROWS, contacts, ROWS, doubledNames, entries, ROWS);
        assertThat(partners).as("partners").isEqualTo(ROWS);
        assertThat(contacts).as("contacts").isEqualTo(ROWS);
        assertThat(doubledNames).as("partners stored twice").isZero();
        assertThat(entries).as("search entries").isEqualTo(ROWS);
    }

    private String office(String label) {
        String name = unique("Office de tourisme " + label);
        SystemUser.run(() -> accounts.createOffice(name, "landes", "Landes", "Dax"));
        return Slugs.of(name);
    }

    private static byte[] csv(int rows) {
        StringBuilder csv = new StringBuilder("Raison sociale;Code postal;Commune;Prénom;Nom du contact;E-mail\r\n");
        for (int i = 0; i < rows; i++) {
            csv.append("Partenaire n°")
                    .append(i)
                    .append(";40100;Dax;Prénom")
                    .append(i)
                    .append(";Nom")
                    .append(i)
                    .append(";contact")
                    .append(i)
                    .append("@partenaire")
                    .append(i)
                    .append(".example\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Query officeIs(String office) {
        return Query.of(q -> q.term(t -> t.field("officeId").value(office)));
    }

    private long partners(String office) {
        return count("rayonne-partners", officeIs(office), null, false);
    }

    private long searchEntries(String office) {
        return count(
                "rayonne-search",
                Query.of(q -> q.bool(b -> b.filter(officeIs(office))
                        .filter(f -> f.term(t -> t.field("type").value("partner"))))),
                null,
                false);
    }

    /**
     * Documents matching, after a refresh; with an aggregation: the nested documents it counts
     * ({@code nested}), or the buckets it makes.
     */
    private long count(String index, Query query, Aggregation aggregation, boolean nested) {
        try {
            client.indices().refresh(r -> r.index(index));
            var answer = client.search(
                    s -> {
                        s.index(index).query(query).size(0).trackTotalHits(t -> t.enabled(true));
                        if (aggregation != null) {
                            s.aggregations("a", aggregation);
                        }
                        return s;
                    },
                    Void.class);
            if (aggregation == null) {
                return answer.hits().total().value();
            }
            var a = answer.aggregations().get("a");
            return nested ? a.nested().docCount() : a.sterms().buckets().array().size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
