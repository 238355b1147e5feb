package io.rayonne.observatoire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChartDataTest {

    private final ChartData visitors = new ChartData(
            "chiffre-site-visitors",
            "Visiteurs du site web",
            ChartData.Kind.BAR,
            "Office",
            List.of("Valenciennes", "Dunkerque"),
            List.of(
                    new ChartData.Series("2026", Arrays.asList(96000.0, 224400.5)),
                    new ChartData.Series("2025", Arrays.asList(90566.0, null))),
            "");

    @Test
    void theCsvHasTheTablesFiguresAsASpreadsheetReadsThem() {
        // A decimal comma is quoted: the separator is a semicolon, but some readers split on both.
        String csv = new String(visitors.csv(), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFFOffice;2026;2025\r\nValenciennes;96000;90566\r\nDunkerque;\"224400,5\";\r\n");
    }

    @Test
    void theTableWritesTheFiguresTheFrenchWay() {
        assertThat(visitors.rows(Locale.FRENCH))
                .containsExactly(
                        List.of("Valenciennes", "96\u202F000", "90\u202F566"),
                        List.of("Dunkerque", "224\u202F400,5", ""));
    }

    @Test
    void aChartOfZerosAndBlanksIsEmpty() {
        var nothing = new ChartData(
                "x",
                "x",
                ChartData.Kind.LINE,
                "Mois",
                List.of("janv."),
                List.of(new ChartData.Series("2026", Arrays.asList((Double) null))),
                "");
        assertThat(nothing.isEmpty()).isTrue();
        assertThat(visitors.isEmpty()).isFalse();
    }
}
