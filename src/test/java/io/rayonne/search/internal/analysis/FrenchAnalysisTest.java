package io.rayonne.search.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rayonne's French analysis, token by token, on Lucene directly. */
class FrenchAnalysisTest {

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "l'église|eglis",
                "l’église|eglis",
                "d'Amiens|amien",
                "jusqu'aux remparts|rempart",
                "qu’Hagetmau|hagetmau",
                "aujourd'hui|aujourd'hui",
            })
    void elisionWithBothApostrophes(String text, String expected) {
        assertThat(tokens(FrenchAnalysis.indexAnalyzer(), text)).containsExactly(expected);
    }

    @Test
    void accentsFoldAndPluralsAndFeminineFormsMeet() {
        Analyzer analyzer = FrenchAnalysis.indexAnalyzer();
        assertThat(tokens(analyzer, "Châteaux")).isEqualTo(tokens(analyzer, "chateau"));
        assertThat(tokens(analyzer, "randonnées")).isEqualTo(tokens(analyzer, "randonnee"));
        // Folding comes before stemming, so a query typed without accents meets the text exactly.
        assertThat(tokens(analyzer, "guide-conférencière")).isEqualTo(tokens(analyzer, "guide conferenciere"));
        assertThat(tokens(analyzer, "Œuvres")).isEqualTo(tokens(analyzer, "oeuvre"));
    }

    @Test
    void frenchStopWordsAreDroppedEvenWithoutTheirAccents() {
        assertThat(tokens(FrenchAnalysis.indexAnalyzer(), "le musée et la cathédrale à Amiens"))
                .containsExactly("muse", "cathedral", "amien");
        assertThat(tokens(FrenchAnalysis.indexAnalyzer(), "a la plage")).containsExactly("plag");
    }

    @Test
    void theTitleOfTheSearchJourneyAndItsQueryShareTheirStems() {
        Analyzer analyzer = FrenchAnalysis.indexAnalyzer();
        assertThat(tokens(analyzer, "L’élégance des châteaux")).containsExactly("eleganc", "chateau");
        assertThat(tokens(analyzer, "chateau elegant")).containsExactly("chateau", "elegant");
    }

    @Test
    void synonymsExpandAbbreviationsAtSearchTime() {
        Analyzer search = FrenchAnalysis.searchAnalyzer();
        assertThat(tokens(search, "OT")).contains("ot", "ofic", "tourism");
        assertThat(tokens(search, "office de tourisme")).contains("ot", "ofic", "tourism");
        assertThat(tokens(search, "BIT")).contains("bureau", "inform", "tourist");
        assertThat(tokens(search, "CDT")).contains("comit", "departemental");
        assertThat(tokens(search, "voyage de presse")).contains("acueil", "eductou", "pres");
        assertThat(tokens(FrenchAnalysis.indexAnalyzer(), "OT")).containsExactly("ot");
    }

    @Test
    void autocompleteIndexesEdgeNGramsOfFoldedWords() {
        assertThat(tokens(FrenchAnalysis.autocompleteAnalyzer(), "L’Élégance"))
                .contains("el", "ele", "eleg", "elegance")
                .doesNotContain("l", "le");
    }

    @Test
    void elisionMovesTheHighlightStartPastTheArticle() throws IOException {
        try (TokenStream stream = FrenchAnalysis.indexAnalyzer().tokenStream("f", "L’élégance")) {
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            assertThat(stream.incrementToken()).isTrue();
            assertThat(offset.startOffset()).isEqualTo(2);
            assertThat(offset.endOffset()).isEqualTo(10);
            stream.end();
        }
    }
}
