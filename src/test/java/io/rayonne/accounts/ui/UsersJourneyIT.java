package io.rayonne.accounts.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.rayonne.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/** The administrator creates an account, hands over its password, changes its role and deactivates it. */
class UsersJourneyIT extends BrowserTest {

    @Test
    void anAdminCreatesAGuideWhoSignsInThenDeactivatesHer() {
        String login = "marie" + Long.toString(System.nanoTime(), 36);
        login("nadia", DEMO_PASSWORD);
        page.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Utilisateurs"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nouvel utilisateur"))
                .click();

        Locator dialog = page.getByRole(AriaRole.DIALOG);
        // Nothing typed: each field says what is missing.
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Créer"))
                .click();
        assertThat(dialog.getByText("Indiquez le nom affiché.")).isVisible();
        assertThat(dialog.getByText("Choisissez au moins un rôle.")).isVisible();

        dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Identifiant"))
                .fill(login);
        dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Nom affiché"))
                .fill("Marie Caron");
        dialog.locator("vaadin-select").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Amiens Métropole Tourisme et Congrès"))
                .click();
        dialog.getByText("Guide").click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Créer"))
                .click();

        Locator passwordDialog = page.getByRole(AriaRole.DIALOG)
                .filter(new Locator.FilterOptions().setHasText("Mot de passe de Marie Caron"));
        assertThat(passwordDialog).isVisible();
        String password =
                passwordDialog.locator(".rayonne-password").innerText().strip();
        passwordDialog
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Fermer"))
                .click();
        assertThat(visibleCells(page).filter(new Locator.FilterOptions().setHasText("Marie Caron")))
                .isVisible();

        Page marie = login(newPage(), login, password);
        assertThat(marie.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bonjour Marie Caron")))
                .isVisible();

        visibleCells(page)
                .filter(new Locator.FilterOptions().setHasText("Marie Caron"))
                .click();
        dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByText("Compte actif").click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer"))
                .click();
        assertThat(page.getByText("Utilisateur enregistré.")).isVisible();

        Page again = newPage();
        again.navigate(url("login"));
        again.getByLabel("Identifiant").fill(login);
        again.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true))
                .fill(password);
        again.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter"))
                .click();
        assertThat(again.getByText("Compte désactivé")).isVisible();
    }

    @Test
    void aTakenLoginIsSaidAndTheFormKept() {
        login("nadia", DEMO_PASSWORD);
        page.navigate(url("admin/utilisateurs"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nouvel utilisateur"))
                .click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Identifiant"))
                .fill("camille");
        dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Nom affiché"))
                .fill("Une autre Camille");
        dialog.locator("vaadin-select").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Office de tourisme de Lille"))
                .click();
        dialog.getByText("Presse").click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Créer"))
                .click();
        assertThat(dialog.getByText("Cet identifiant est déjà pris.")).isVisible();
        assertThat(dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Nom affiché")))
                .hasValue("Une autre Camille");
    }
}
