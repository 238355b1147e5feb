package io.rayonne.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import io.rayonne.testing.IntegrationTest;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Rayonne's plugin, installed in the real node, analyses as the mappings expect. */
class AnalysisPluginIT extends IntegrationTest {

    @Autowired
    ElasticsearchClient client;

    private List<String> analyze(String analyzer, String text) throws IOException {
        return client
                .indices()
                .analyze(a -> a.index("rayonne-search").analyzer(analyzer).text(text))
                .tokens()
                .stream()
                .map(AnalyzeToken::token)
                .toList();
    }

    @Test
    void frenchAnalysisThroughTheNode() throws IOException {
        assertThat(analyze("rayonne_french", "L’élégance des châteaux d'Amiens"))
                .containsExactly("eleganc", "chateau", "amien");
        assertThat(analyze("rayonne_french", "chateau elegant")).containsExactly("chateau", "elegant");
    }

    @Test
    void tourismSynonymsAtSearchTime() throws IOException {
        assertThat(analyze("rayonne_french_search", "OT")).contains("ot", "ofic", "tourism");
        assertThat(analyze("rayonne_french_search", "bureau d’information touristique"))
                .contains("bit");
        assertThat(analyze("rayonne_french_search", "guide")).contains("guid", "conferenci");
    }

    @Test
    void edgeNGramsForSuggestions() throws IOException {
        assertThat(analyze("rayonne_autocomplete", "Cathédrale")).contains("ca", "cat", "cathedrale");
    }
}
