package io.rayonne.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.rayonne.accounts.Role;
import io.rayonne.notes.Note;
import io.rayonne.notes.NoteDraft;
import io.rayonne.notes.Notes;
import io.rayonne.testing.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One query over everything, in French, within the user's rights. */
class UnifiedSearchIT extends IntegrationTest {

    @Autowired
    UnifiedSearch search;

    @Autowired
    Notes notes;

    @Autowired
    SearchIndex index;

    private Note note(String title, String body) {
        return as("camille", () -> notes.create(new NoteDraft("amiens-metropole", title, body)), Role.COMMUNICATION);
    }

    private SearchResults searchAs(String login, Role role, String text, Map<String, String> filters) {
        return as(login, () -> search.search(new SearchQuery(text, filters, 50)), role);
    }

    @Test
    void abbreviationsFindTheirLongFormAndBack() {
        String marker = unique("syno").replace("-", "");
        Note longForm = note("Réunion " + marker, "L’office de tourisme prépare la saison.");
        Note shortForm = note("Point " + marker, "Le BIT de Corbie ouvre le samedi.");
        assertThat(searchAs("hugo", Role.PRESS, "OT " + marker, Map.of()).results())
                .extracting(SearchResults.Result::id)
                .contains(longForm.id());
        assertThat(searchAs("hugo", Role.PRESS, "bureau d'information touristique " + marker, Map.of())
                        .results())
                .extracting(SearchResults.Result::id)
                .contains(shortForm.id());
    }

    @Test
    void pluralsAccentsAndTyposAreForgivenAndHighlighted() {
        String marker = unique("typo").replace("-", "");
        Note note = note("Les randonnées du Cambrésis " + marker, "Circuits téléchargeables.");
        for (String query : new String[] {"randonnee " + marker, "RANDONNÉES " + marker, "randonees " + marker}) {
            var results =
                    searchAs("camille", Role.COMMUNICATION, query, Map.of()).results();
            assertThat(results).as(query).extracting(SearchResults.Result::id).contains(note.id());
        }
        var hit = searchAs("camille", Role.COMMUNICATION, "randonnee " + marker, Map.of())
                .results()
                .get(0);
        assertThat(hit.titleHtml()).contains("<mark>randonnées</mark>");
    }

    @Test
    void htmlInContentIsEscapedInResults() {
        String marker = unique("xss").replace("-", "");
        note("<script>alert(1)</script> " + marker, "<b>gras</b>");
        var hit = searchAs("camille", Role.COMMUNICATION, marker, Map.of())
                .results()
                .get(0);
        assertThat(hit.titleHtml()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void aGuideNeverSeesStaffContentButSeesOffices() {
        String marker = unique("rights").replace("-", "");
        note("Réservé à l’équipe " + marker, "interne");
        assertThat(searchAs("lea", Role.GUIDE, marker, Map.of()).total()).isZero();
        assertThat(searchAs("hugo", Role.PRESS, marker, Map.of()).total()).isEqualTo(1);
        assertThat(searchAs("lea", Role.GUIDE, "Amiens", Map.of(SearchResults.TYPE, "office"))
                        .results())
                .extracting(SearchResults.Result::id)
                .contains("amiens-metropole");
    }

    @Test
    void facetsCountAndFilter() {
        String marker = unique("facet").replace("-", "");
        note("Premier " + marker, "a");
        note("Second " + marker, "b");
        var all = searchAs("camille", Role.COMMUNICATION, marker, Map.of());
        assertThat(all.facets().get(SearchResults.TYPE)).containsExactly(new SearchResults.FacetValue("note", 2));
        assertThat(all.facets().get(SearchResults.OFFICE))
                .containsExactly(new SearchResults.FacetValue("amiens-metropole", 2));
        assertThat(searchAs("camille", Role.COMMUNICATION, marker, Map.of(SearchResults.TYPE, "user"))
                        .total())
                .isZero();
        assertThat(searchAs("camille", Role.COMMUNICATION, marker, Map.of(SearchResults.OFFICE, "lille"))
                        .total())
                .isZero();
    }

    @Test
    void suggestionsCompleteTheStartOfTitleWords() {
        String marker = unique("sugg").replace("-", "");
        note("Cathédrale Notre-Dame " + marker, "x");
        var suggestions =
                as("camille", () -> search.suggest("cathedr " + marker.substring(0, 8), 8), Role.COMMUNICATION);
        assertThat(suggestions).extracting(Suggestion::title).contains("Cathédrale Notre-Dame " + marker);
        assertThat(as("lea", () -> search.suggest("cathedr " + marker.substring(0, 8), 8), Role.GUIDE))
                .isEmpty();
    }

    @Test
    void onlyEntriesMissingOrDifferentAreLoadedAgain() {
        String marker = unique("missing").replace("-", "");
        java.util.function.BiFunction<String, String, SearchEntry> entry = (id, body) -> new SearchEntry(
                "partner",
                id,
                "Gîte " + marker,
                body,
                "amiens-metropole",
                "member",
                java.time.Instant.parse("2026-03-01T10:00:00Z"),
                "partenaires/" + id,
                java.util.Set.of(Readers.role(Role.COMMUNICATION), Readers.role(Role.ADMIN)),
                Map.of(SearchResults.SECTOR, java.util.Set.of("ACCOMMODATION", "LEISURE")));
        SearchEntry kept = entry.apply(marker + "-a", "Au bord du canal");
        SearchEntry changed = entry.apply(marker + "-b", "Vue sur la baie");
        index.load(java.util.List.of(kept, changed));

        SearchEntry changedNow = entry.apply(marker + "-b", "Vue sur la baie de Somme");
        SearchEntry missing = entry.apply(marker + "-c", "Face aux hortillonnages");
        assertThat(index.loadMissing(java.util.List.of(kept, changedNow, missing)))
                .as("the one changed and the one missing, not the one held as it is")
                .isEqualTo(2);
        index.flush();
        assertThat(searchAs("camille", Role.COMMUNICATION, marker, Map.of()).results())
                .as("each entry as it was last loaded")
                .extracting(SearchResults.Result::id, SearchResults.Result::excerptHtml)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(marker + "-a", "Au bord du canal"),
                        org.assertj.core.groups.Tuple.tuple(marker + "-b", "Vue sur la baie de Somme"),
                        org.assertj.core.groups.Tuple.tuple(marker + "-c", "Face aux hortillonnages"));
        assertThat(index.loadMissing(java.util.List.of(kept, changedNow, missing)))
                .isZero();
    }

    @Test
    void theIndexCanBeRefilledFromTheFeatures() {
        long entries = index.refill();
        assertThat(entries).isGreaterThanOrEqualTo(9 + 6 + 3);
    }
}
