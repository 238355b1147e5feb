package io.rayonne.operations.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.rayonne.base.IndexAdministration;
import io.rayonne.testing.BrowserTest;
import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrator reads the indexes' state and rebuilds one, following its progress. */
class IndexesJourneyIT extends BrowserTest {

    @Autowired
    IndexAdministration indexes;

    @Test
    void theAdministratorRebuildsTheNotesIndexAndSeesItsNewVersion() {
        IndexAdministration.IndexStatus before = notesIndex();

        login("nadia", DEMO_PASSWORD);
        page.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Index de recherche"))
                .click();
        assertThat(page.getByText("l’équipe continue de travailler pendant la copie", new Page.GetByTextOptions()))
                .isVisible();
        Locator notesRow = visibleCells(page).filter(new Locator.FilterOptions().setHasText(before.index()));
        assertThat(notesRow).isVisible();
        assertThat(visibleCells(page)
                        .filter(new Locator.FilterOptions().setHasText("Bon"))
                        .first())
                .isVisible();
        assertThat(visibleCells(page)
                        .filter(new Locator.FilterOptions()
                                .setHasText(NumberFormat.getIntegerInstance(Locale.FRENCH)
                                        .format(before.documents())))
                        .first())
                .isVisible();
        screenshot(page, "desktop-admin-indexes");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reconstruire l’index « Notes »"))
                .click();
        Locator dialog = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(dialog.getByText("L’équipe peut continuer à travailler pendant ce temps."))
                .isVisible();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reconstruire"))
                .click();

        assertThat(page.getByText("Index « Notes » reconstruit.")).isVisible();
        IndexAdministration.IndexStatus after = notesIndex();
        org.assertj.core.api.Assertions.assertThat(after.index()).isNotEqualTo(before.index());
        Locator outcome = page.getByRole(AriaRole.STATUS)
                .filter(new Locator.FilterOptions().setHasText("Dernière reconstruction : « Notes »"));
        assertThat(outcome).containsText(after.index());
        assertThat(visibleCells(page).filter(new Locator.FilterOptions().setHasText(after.index())))
                .isVisible();
        assertThat(visibleCells(page).filter(new Locator.FilterOptions().setHasText(before.index())))
                .hasCount(0);
    }

    @Test
    void aCommunicationOfficerCannotOpenIt() {
        login("camille", DEMO_PASSWORD);
        page.navigate(url("admin/index"));
        assertThat(page.getByText("Page introuvable")).isVisible();
        assertThat(page.locator("vaadin-side-nav-item")
                        .filter(new Locator.FilterOptions().setHasText("Index de recherche")))
                .hasCount(0);
    }

    /** The screen names every index in both languages (a new index needs its name). */
    @Test
    void everyIndexHasANameInBothLanguages() throws java.io.IOException {
        for (String language : java.util.List.of("fr", "en")) {
            var names = new java.util.Properties();
            try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
                names.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            org.assertj.core.api.Assertions.assertThat(indexes.status())
                    .allSatisfy(s -> org.assertj.core.api.Assertions.assertThat(names)
                            .as(language)
                            .containsKey("operations.index." + s.alias()));
        }
    }

    private IndexAdministration.IndexStatus notesIndex() {
        return indexes.status().stream()
                .filter(s -> s.alias().equals("rayonne-notes"))
                .findFirst()
                .orElseThrow();
    }
}
