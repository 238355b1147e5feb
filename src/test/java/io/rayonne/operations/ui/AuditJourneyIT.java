package io.rayonne.operations.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.rayonne.testing.BrowserTest;
import io.rayonne.testing.NotePages;
import org.junit.jupiter.api.Test;

/** Camille writes a note; the administrator finds who did it, when and from where in the audit log. */
class AuditJourneyIT extends BrowserTest {

    @Test
    void theAdministratorFindsCamillesNoteInTheAuditLog() {
        String title = unique("Bilan de la saison des hortillonnages");
        login("camille", DEMO_PASSWORD);
        new NotePages(page).openList().write(title, "Fréquentation en hausse.");

        Page admin = login(newPage(), "nadia", DEMO_PASSWORD);
        admin.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Journal d’audit"))
                .click();
        assertThat(admin.getByText("Personne ne peut modifier ni effacer une ligne"))
                .isVisible();
        admin.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Rechercher").setExact(true))
                .fill(title);
        assertThat(admin.getByText("Une ligne", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        Locator cells = visibleCells(admin);
        assertThat(cells.filter(new Locator.FilterOptions().setHasText(title))).isVisible();
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("a créé la note")))
                .isVisible();
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("camille")))
                .isVisible();
        // The browser reached the test server on the loopback, in IPv4 or IPv6.
        assertThat(cells.filter(new Locator.FilterOptions()
                        .setHasText(java.util.regex.Pattern.compile("^(127\\.0\\.0\\.1|::1)$"))))
                .isVisible();
        screenshot(admin, "desktop-admin-audit");

        admin.locator("#audit-kind").click();
        admin.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Publications"))
                .click();
        assertThat(admin.getByText("Aucune ligne ne correspond")).isVisible();
    }
}
