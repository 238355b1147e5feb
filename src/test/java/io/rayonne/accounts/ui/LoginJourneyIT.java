package io.rayonne.accounts.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.rayonne.testing.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each demo role signs in and sees its own menu; a wrong password is told in French. */
class LoginJourneyIT extends BrowserTest {

    @ParameterizedTest(name = "{0} ({1}) sees {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "nadia;Nadia Benali;Accueil|Recherche|Notes|Offices et équipes|Utilisateurs;",
                "camille;Camille Lefebvre;Accueil|Recherche|Notes|Portraits|Offices et équipes;Utilisateurs|Envoi d’emails",
                "hugo;Hugo Martin;Accueil|Recherche|Notes|Offices et équipes;Utilisateurs",
                "lea;Léa Dupont;Accueil|Recherche|Portraits|Offices et équipes;Notes|Utilisateurs|Envoi d’emails",
            })
    void eachRoleSeesItsMenu(String login, String name, String visible, String hidden) {
        login(login, DEMO_PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bonjour " + name)))
                .isVisible();
        Locator nav = page.locator("vaadin-side-nav-item");
        for (String item : visible.split("\\|")) {
            assertThat(nav.filter(new Locator.FilterOptions().setHasText(item)).first())
                    .isVisible();
        }
        List<String> labels = nav.allInnerTexts().stream().map(String::strip).toList();
        if (hidden != null) {
            for (String item : hidden.split("\\|")) {
                org.assertj.core.api.Assertions.assertThat(labels).doesNotContain(item);
            }
        }
    }

    @Test
    void wrongPasswordIsToldInFrench() {
        page.navigate(url("login"));
        page.getByLabel("Identifiant").fill("camille");
        page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true))
                .fill("pas le bon");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter"))
                .click();
        assertThat(page.getByText("Identifiant ou mot de passe incorrect")).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error.*"));
    }

    @Test
    void repeatedWrongPasswordsMakeTheAccountWaitAndSaySo() {
        String login = "essai" + Long.toString(System.nanoTime(), 36);
        io.rayonne.accounts.SystemUser.run(() -> accounts.register(
                new io.rayonne.accounts.NewUser(
                        login,
                        "Essai",
                        null,
                        "lille",
                        java.util.Set.of(io.rayonne.accounts.Role.PRESS),
                        java.util.Locale.FRENCH),
                "le-bon-mot-de-passe"));
        for (int i = 0; i < 5; i++) {
            // A fresh page each time: the error seen is the answer to this attempt.
            page.navigate(url("login"));
            page.getByLabel("Identifiant").fill(login);
            page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true))
                    .fill("mauvais " + i);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter"))
                    .click();
            assertThat(page.getByText("Identifiant ou mot de passe incorrect")).isVisible();
        }
        page.navigate(url("login"));
        page.getByLabel("Identifiant").fill(login);
        page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true))
                .fill("le-bon-mot-de-passe");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter"))
                .click();
        assertThat(page.getByText("Trop de tentatives")).isVisible();
        assertThat(page.getByText(java.util.regex.Pattern.compile("attendez \\d+ secondes")))
                .isVisible();
    }

    @org.springframework.beans.factory.annotation.Autowired
    io.rayonne.accounts.Accounts accounts;

    @Test
    void aGuideCannotOpenAdministration() {
        login("lea", DEMO_PASSWORD);
        page.navigate(url("admin/utilisateurs"));
        assertThat(page.getByText("Page introuvable")).isVisible();
        assertThat(page.getByText("Nadia Benali")).hasCount(0);
    }

    @Test
    void theLanguageSwitchTurnsTheInterfaceToEnglishAndBack() {
        login("hugo", DEMO_PASSWORD);
        page.locator("vaadin-menu-bar-button")
                .filter(new Locator.FilterOptions().setHasText("Hugo Martin"))
                .click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("English"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello Hugo Martin")))
                .isVisible();
        assertThat(page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Search")))
                .isVisible();

        // The choice is kept for the user: a new session opens in English.
        Page elsewhere = login(newPage(), "hugo", DEMO_PASSWORD);
        assertThat(elsewhere.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello Hugo Martin")))
                .isVisible();

        elsewhere
                .locator("vaadin-menu-bar-button")
                .filter(new Locator.FilterOptions().setHasText("Hugo Martin"))
                .click();
        elsewhere
                .getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Français"))
                .click();
        assertThat(elsewhere.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bonjour Hugo Martin")))
                .isVisible();
    }
}
