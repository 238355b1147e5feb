package io.rayonne.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exports open in a spreadsheet as typed, and never run a formula. */
class CsvTest {

    @Test
    void fieldsAreQuotedWhenNeededAndFormulasDisarmed() {
        byte[] csv = Csv.write(
                List.of("Titre", "Texte"),
                List.of(
                        List.of("Marché de Noël", "130 chalets; navettes \"gratuites\"\net parkings"),
                        List.of("=HYPERLINK(\"http://x\")", "-2 degrés, +1 idée, @Amiens")));

        assertThat(Arrays.copyOfRange(csv, 0, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text)
                .isEqualTo("Titre;Texte\r\n"
                        + "Marché de Noël;\"130 chalets; navettes \"\"gratuites\"\"\net parkings\"\r\n"
                        + "\"'=HYPERLINK(\"\"http://x\"\")\";\"'-2 degrés, +1 idée, @Amiens\"\r\n");
    }
}
