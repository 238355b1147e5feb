package io.rayonne.accounts.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.rayonne.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/** Everyone sees the offices of each network and their teams; an administrator adds an office. */
class OfficesJourneyIT extends BrowserTest {

    @Test
    void aCommunicationOfficerSeesHerOfficeAndItsTeam() {
        login("camille", DEMO_PASSWORD);
        page.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Offices et équipes"))
                .click();
        Locator detail = page.locator(".rayonne-office-detail");
        assertThat(detail.getByRole(
                        AriaRole.HEADING,
                        new Locator.GetByRoleOptions().setName("Amiens Métropole Tourisme et Congrès")))
                .isVisible();
        Locator hugo =
                detail.locator(".rayonne-team-member").filter(new Locator.FilterOptions().setHasText("Hugo Martin"));
        assertThat(hugo).isVisible();
        assertThat(hugo.locator(".rayonne-team-roles")).hasText("Presse");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nouvel office")))
                .hasCount(0);

        page.getByText("Office de tourisme Landes Chalosse").click();
        assertThat(detail.getByText("Gisèle Laborde")).isVisible();
    }

    @Test
    void anAdministratorAddsAnOfficeToTheNordNetwork() {
        String name = "Office de tourisme du Douaisis " + Long.toString(System.nanoTime(), 36);
        login("nadia", DEMO_PASSWORD);
        page.navigate(url("offices"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nouvel office"))
                .click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Créer"))
                .click();
        assertThat(dialog.getByText("Indiquez le nom de l’office.")).isVisible();

        dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Nom de l’office"))
                .fill(name);
        dialog.locator("vaadin-select").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Réseau des offices de tourisme du Nord"))
                .click();
        dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Ville"))
                .fill("Douai");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Créer"))
                .click();

        Locator detail = page.locator(".rayonne-office-detail");
        assertThat(detail.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName(name)))
                .isVisible();
        assertThat(detail.getByText("Personne n’est encore rattaché à cet office."))
                .isVisible();
        assertThat(page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText(name)))
                .isVisible();

        // The same name twice is refused, with the form kept.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nouvel office"))
                .click();
        dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Nom de l’office"))
                .fill(name);
        dialog.locator("vaadin-select").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Réseau des offices de tourisme du Nord"))
                .click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Créer"))
                .click();
        assertThat(dialog.getByText("Un office porte déjà ce nom.")).isVisible();
    }
}
