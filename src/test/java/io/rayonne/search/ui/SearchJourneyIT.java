package io.rayonne.search.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.rayonne.testing.BrowserTest;
import io.rayonne.testing.NotePages;
import org.junit.jupiter.api.Test;

/** Searching in good French: accents, plurals, elisions and typos, with the words highlighted. */
class SearchJourneyIT extends BrowserTest {

    private static final String TITLE = "L’élégance des châteaux";

    @org.springframework.beans.factory.annotation.Autowired
    private io.rayonne.notes.Notes notes;

    /** A word found only in this test's note, to tell it from other tests' notes. */
    private final String marker = "repere" + Long.toString(System.nanoTime(), 36);

    @Test
    void chateauElegantFindsTheEleganceOfCastlesWithTheWordsHighlighted() {
        login("camille", DEMO_PASSWORD);
        ensureNote();

        searchFromHeader("chateau elegant");
        Locator result = ourResult();
        assertThat(result).hasCount(1);
        assertThat(result.locator(".rayonne-result-title mark").first()).hasText("élégance");
        assertThat(result.locator(".rayonne-result-title mark").nth(1)).hasText("châteaux");

        // A typo still finds it.
        searchFromHeader("chatau elegnce");
        assertThat(ourResult()).hasCount(1);

        // Facets narrow the results; the type facet is in French.
        page.locator(".rayonne-facet-value")
                .filter(new Locator.FilterOptions().setHasText("Note ("))
                .click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*type=note.*"));
        assertThat(page.locator(".rayonne-result-type").first()).hasText("Note");
    }

    @Test
    void suggestionsWhileTypingOpenTheItem() {
        login("hugo", DEMO_PASSWORD);
        ensureNote();
        // Ctrl+K from anywhere puts the cursor in the search box.
        page.locator("h2.rayonne-greeting").click();
        page.keyboard().press("Control+k");
        assertThat(page.locator("vaadin-combo-box.rayonne-search-box input")).isFocused();
        page.keyboard().type("élégan");
        Locator suggestion =
                page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(TITLE));
        suggestion.first().click();
        assertThat(new NotePages(page).titleField()).hasValue(TITLE);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/notes/.+"));
    }

    @Test
    void aGuideDoesNotFindTheStaffsNotes() {
        login("camille", DEMO_PASSWORD);
        ensureNote();
        Page guide = login(newPage(), "lea", DEMO_PASSWORD);
        guide.navigate(url("recherche?q=" + marker));
        assertThat(guide.getByText("Aucun résultat pour « " + marker + " ».")).isVisible();
        guide.navigate(url("recherche?q=amiens"));
        assertThat(guide.locator(".rayonne-result")
                        .filter(new Locator.FilterOptions().setHasText("Amiens Métropole Tourisme et Congrès"))
                        .first())
                .isVisible();
    }

    private void searchFromHeader(String text) {
        Locator box = page.locator("vaadin-combo-box.rayonne-search-box input");
        box.fill(text);
        box.press("Enter");
        assertThat(page.getByRole(
                        com.microsoft.playwright.options.AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Recherche")))
                .hasValue(text);
    }

    /** This test's own note of the Amiens office, as Camille wrote it. */
    private void ensureNote() {
        io.rayonne.accounts.SystemUser.run(() -> notes.importNote(
                marker,
                new io.rayonne.notes.NoteDraft(
                        "amiens-metropole",
                        TITLE,
                        "Une série de portraits pour les réseaux sociaux : Rambures, Long, Bertangles. " + marker),
                "camille",
                java.time.Instant.now()));
    }

    private Locator ourResult() {
        return page.locator(".rayonne-result").filter(new Locator.FilterOptions().setHasText(marker));
    }
}
