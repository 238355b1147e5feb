package io.rayonne.partners;

import static org.assertj.core.api.Assertions.assertThat;

import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.SystemUser;
import io.rayonne.base.CsvFile;
import io.rayonne.base.Slugs;
import io.rayonne.testing.Bench;
import io.rayonne.testing.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The import of a 100 000-row spreadsheet (a partner and its contact per row, one row in a hundred
 * wrong): read, matched, written; then the same file again (nothing to write), then a file where
 * every contact's role changed (every partner updated). Prints figures; checks the counts, never
 * the times. Run: ./mvnw -Pbenchmark test -Dtest=PartnerImportBenchmark
 */
class PartnerImportBenchmark extends IntegrationTest {

    private static final int ROWS = Bench.size(100_000, 200);
    private static final String[] SECTORS = {"Hôtel", "Restaurant", "Musée", "Loisirs", "Producteur", "Boutique"};
    private static final String[] CITIES = {"Amiens", "Abbeville", "Le Crotoy", "Corbie", "Péronne", "Albert"};

    @Autowired
    PartnerImports imports;

    @Autowired
    Accounts accounts;

    @Test
    void aHundredThousandRows() {
        Importer importer = newOffice("Office de tourisme Banc d’essai des imports");
        String writer = importer.writer();
        ImportOptions options = importer.options();
        Bench.heading("partner import");
        warmUp();
        // One row in a hundred has a broken address: refused, the others all kept.
        int kept = ROWS - ROWS / 100;
        ImportReport first = importFile(writer, options, "first import (creations)", spreadsheet(ROWS, "Gérant"));
        assertThat(first.created()).isEqualTo(kept);
        ImportReport again = importFile(
                writer, options, "same file again (every partner already up to date)", spreadsheet(ROWS, "Gérant"));
        assertThat(again.unchanged()).isEqualTo(kept);
        ImportReport changed =
                importFile(writer, options, "every contact's role changed (updates)", spreadsheet(ROWS, "Gérante"));
        assertThat(changed.updated()).isEqualTo(kept);
    }

    /**
     * A running Rayonne has imported before: a tenth of the rows, created then updated in another
     * office, so that neither Java's compiler nor Elasticsearch's meets the measured rows cold.
     */
    private void warmUp() {
        Importer importer = newOffice("Office de tourisme Échauffement des imports");
        for (String role : List.of("Gérant", "Gérante")) {
            List<ImportRow> rows = rows(spreadsheet(ROWS / 10, role));
            as(importer.writer(), () -> imports.run(rows, importer.options(), List.of(), n -> {}), Role.COMMUNICATION);
        }
    }

    /** A communication officer of a new office, and the options of that office's imports. */
    private record Importer(String writer, ImportOptions options) {}

    private Importer newOffice(String prefix) {
        String name = unique(prefix);
        SystemUser.run(() -> accounts.createOffice(name, "landes", "Landes", "Dax"));
        String office = Slugs.of(name);
        return new Importer(
                newUser(office, Role.COMMUNICATION),
                new ImportOptions(
                        office,
                        Sector.OTHER,
                        LegalBasis.CONTRACT,
                        "Fichier des adhérents",
                        LocalDate.of(2026, 1, 1),
                        false));
    }

    private static List<ImportRow> rows(byte[] content) {
        CsvFile file = CsvFile.read(
                content,
                CsvFile.detectCharset(content),
                CsvFile.detectSeparator(CsvFile.decode(content, StandardCharsets.UTF_8)));
        return CsvImport.rows(file, CsvImport.guess(file.header()));
    }

    /** Reads, maps and imports one file, and prints how fast. */
    private ImportReport importFile(String writer, ImportOptions options, String run, byte[] content) {
        long t0 = System.nanoTime();
        List<ImportRow> rows = rows(content);
        double read = (System.nanoTime() - t0) / 1e9;
        long start = System.nanoTime();
        ImportReport report = as(writer, () -> imports.run(rows, options, List.of(), n -> {}), Role.COMMUNICATION);
        double s = (System.nanoTime() - start) / 1e9;
        Bench.report(
                "%s, %d rows (%.1f MB) read and mapped in %.2f s: %d accepted, %d refused (%d created, %d updated, %d already up to date) in %.1f s — %.0f rows/s (goal ≥ 5 000), with reading %.0f rows/s",
                run,
                ROWS,
                content.length / 1e6,
                read,
                report.accepted(),
                report.refused().size(),
                report.created(),
                report.updated(),
                report.unchanged(),
                s,
                ROWS / s,
                ROWS / (s + read));
        assertThat(report.refused()).hasSize(ROWS / 100);
        return report;
    }

    /** A spreadsheet of {@code count} rows, every contact with the same role (one row in a hundred has a broken email). */
    private static byte[] spreadsheet(int count, String role) {
        StringBuilder csv = new StringBuilder(
                "Raison sociale;Filière;Code postal;Commune;Adhérent;Année;Prénom;Nom du contact;Fonction;E-mail;Langue\r\n");
        Random random = new Random(42);
        for (int i = 0; i < count; i++) {
            String email = i % 100 == 99 ? "contact" + i + "@" : "contact" + i + "@partenaire" + i + ".example";
            csv.append("\"Partenaire n°")
                    .append(i)
                    .append("; maison ")
                    .append(random.nextInt(1000))
                    .append('"')
                    .append(';')
                    .append(SECTORS[i % SECTORS.length])
                    .append(';')
                    .append(80000 + random.nextInt(900))
                    .append(';')
                    .append(CITIES[i % CITIES.length])
                    .append(';')
                    .append(i % 3 == 0 ? "oui" : "non")
                    .append(';')
                    .append(i % 3 == 0 ? "2026" : "")
                    .append(";Prénom")
                    .append(i)
                    .append(";Nom")
                    .append(i)
                    .append(';')
                    .append(role)
                    .append(';')
                    .append(email)
                    .append(';')
                    .append(i % 5 == 0 ? "anglais" : "fr")
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
