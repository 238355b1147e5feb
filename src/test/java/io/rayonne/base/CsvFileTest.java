package io.rayonne.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Spreadsheets saved as CSV, as offices save them. */
class CsvFileTest {

    private static final Charset WINDOWS = Charset.forName("windows-1252");

    @Test
    void theEncodingIsFoundFromTheBytes() {
        byte[] excel = "Nom;Commune\r\nCrêperie;Amiens\r\n".getBytes(WINDOWS);
        byte[] utf8 = "Nom;Commune\nCrêperie;Amiens\n".getBytes(StandardCharsets.UTF_8);
        byte[] bom = ("\uFEFF" + "Nom;Commune\nCrêperie;Amiens\n").getBytes(StandardCharsets.UTF_8);
        assertThat(CsvFile.detectCharset(excel)).isEqualTo(WINDOWS);
        assertThat(CsvFile.detectCharset(utf8)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CsvFile.detectCharset(bom)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CsvFile.read(excel, WINDOWS, ';').rows().get(0).values()).containsExactly("Crêperie", "Amiens");
        assertThat(CsvFile.read(bom, StandardCharsets.UTF_8, ';').header()).containsExactly("Nom", "Commune");
    }

    @Test
    void theSeparatorIsTheOneThatSplitsEveryRowAlike() {
        assertThat(CsvFile.detectSeparator("Nom;Ville;Email\nA;B;c@d.fr\n")).isEqualTo(';');
        assertThat(CsvFile.detectSeparator("Nom,Ville,Email\nA,B,c@d.fr\n")).isEqualTo(',');
        assertThat(CsvFile.detectSeparator("Nom\tVille\nA, B\tC\n")).isEqualTo('\t');
        // Commas inside quoted names do not make the comma the separator.
        assertThat(CsvFile.detectSeparator("Nom;Adresse\n\"Hôtel, spa et bains\";\"1, rue X\"\nB;C\n"))
                .isEqualTo(';');
    }

    @Test
    void quotesSeparatorsAndLineBreaksInsideFieldsStayInTheirField() {
        String text = "Nom;Notes;Email\n"
                + "\"Le \"\"Petit\"\" Bistrot; cave\";\"Ouvert\nle dimanche\";a@b.fr\n"
                + ";;\n"
                + "Crêperie;;c@d.fr\n";
        CsvFile file = CsvFile.read(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, ';');
        assertThat(file.rows()).hasSize(2);
        assertThat(file.rows().get(0).values())
                .containsExactly("Le \"Petit\" Bistrot; cave", "Ouvert\nle dimanche", "a@b.fr");
        assertThat(file.rows()).extracting(CsvFile.Row::number).containsExactly(2, 4);
        assertThat(file.rows().get(1).value(7)).isEmpty();
    }

    @Test
    void aQuoteThatNeverEndsIsSaidWithItsRow() {
        byte[] broken = "Nom;Ville\nA;B\n\"Hôtel;Amiens\nC;D\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CsvFile.read(broken, StandardCharsets.UTF_8, ';'))
                .isInstanceOfSatisfying(CsvFile.UnreadableException.class, e -> assertThat(e.row())
                        .isEqualTo(3));
    }
}
