package io.rayonne.operations.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.rayonne.testing.BrowserTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The administrator backs up now, sees the backup in the list and reads how to restore it. */
class BackupsJourneyIT extends BrowserTest {

    @Test
    void theAdministratorBacksUpNowAndReadsHowToRestore() {
        login("nadia", DEMO_PASSWORD);
        page.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Sauvegardes"))
                .click();
        // The test run has no nightly backup (rayonne.backups.cron=-): the screen says so.
        assertThat(page.getByText("Les sauvegardes planifiées sont désactivées"))
                .isVisible();
        assertThat(page.getByText("Rayonne garde les 14 dernières")).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sauvegarder maintenant"))
                .click();
        Locator done = page.getByText(
                Pattern.compile("Sauvegarde « (rayonne-[0-9-]+) » faite : \\d+ index et \\d+ photos et fichiers\\."));
        assertThat(done).isVisible();
        String name = done.textContent().replaceAll(".*« (rayonne-[0-9-]+) ».*", "$1");
        Locator row = visibleCells(page).filter(new Locator.FilterOptions().setHasText(name));
        assertThat(row).isVisible();
        assertThat(visibleCells(page)
                        .filter(new Locator.FilterOptions().setHasText("Complète"))
                        .first())
                .isVisible();
        screenshot(page, "desktop-admin-backups");

        page.getByText("Restaurer sur une installation neuve").click();
        assertThat(page.getByText("RAYONNE_BACKUPS_RESTORE=latest", new Page.GetByTextOptions()))
                .isVisible();
    }
}
