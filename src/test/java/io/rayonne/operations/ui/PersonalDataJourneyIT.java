package io.rayonne.operations.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.rayonne.accounts.Role;
import io.rayonne.press.Journalist;
import io.rayonne.press.Journalists;
import io.rayonne.testing.BrowserTest;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A journalist asks for their data, then to be forgotten: the administrator exports, then erases. */
class PersonalDataJourneyIT extends BrowserTest {

    @Autowired
    Journalists journalists;

    @Test
    void theAdministratorExportsThenErasesAJournalistsData() throws Exception {
        String email = unique("ines.roux") + "@presse.example";
        as(
                "hugo",
                () -> journalists.create(
                        new Journalist.Draft(
                                "Inès Roux",
                                "Reporter",
                                List.of(),
                                Set.of("fr"),
                                Set.of("BE"),
                                Set.of("gastronomie"),
                                email,
                                "",
                                "Préfère les accueils en semaine",
                                "Formulaire du site presse",
                                LocalDate.of(2026, 5, 4)),
                        true),
                Role.PRESS);

        login("nadia", DEMO_PASSWORD);
        page.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Données personnelles"))
                .click();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Adresse email de la personne"))
                .fill(email);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Rechercher").setExact(true))
                .click();
        assertThat(visibleCells(page).filter(new Locator.FilterOptions().setHasText("Fiche journaliste")))
                .isVisible();
        assertThat(visibleCells(page).filter(new Locator.FilterOptions().setHasText("Inès Roux")))
                .isVisible();
        screenshot(page, "desktop-admin-personal-data");

        Download download = page.waitForDownload(
                () -> page.getByText("Exporter ses données (JSON)").click());
        String exported = Files.readString(download.path());
        org.assertj.core.api.Assertions.assertThat(exported).contains(email, "Préfère les accueils en semaine");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Effacer ses données"))
                .click();
        Locator dialog = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(dialog.getByText(
                        "Ce qui est seulement compté (ouvertures, retombées) reste.", new Locator.GetByTextOptions()))
                .isVisible();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Effacer ses données"))
                .click();
        assertThat(page.getByText("Données de " + email + " effacées")).isVisible();
        assertThat(page.getByText("Rayonne ne garde rien sur cette adresse")).isVisible();
    }
}
