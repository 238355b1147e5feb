package io.rayonne.portraits.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.NewUser;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.SystemUser;
import io.rayonne.testing.BrowserTest;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A guide writes a portrait on a phone and sends it; the communication team asks for a change, then approves. */
class PortraitJourneyIT extends BrowserTest {

    @Autowired
    Accounts accounts;

    private String newGuide(String name) {
        String login = "guide" + Long.toString(System.nanoTime(), 36);
        SystemUser.run(() -> accounts.register(
                new NewUser(login, name, null, "amiens-metropole", Set.of(Role.GUIDE), Locale.FRENCH),
                "mot-de-passe-guide"));
        return login;
    }

    private static Locator textbox(Page page, String name) {
        return page.getByRole(
                AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void click(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button))
                .click();
    }

    @Test
    void fromAPhoneDraftToAnApprovedPortrait() {
        String name = "Mathilde Caron " + Long.toString(System.nanoTime(), 36);
        String guide = newGuide(name);
        page.setViewportSize(390, 844);
        login(guide, "mot-de-passe-guide");
        page.getByLabel("Votre espace guide")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ouvrir"))
                .click();
        assertThat(page.getByText("Votre portrait n’est pas encore écrit")).isVisible();
        click(page, "Nouveau portrait");

        // Sent without a speciality: told what is missing, nothing typed is lost.
        textbox(page, "Nom affiché").fill(name);
        textbox(page, "Présentation").fill("Guide-conférencière à Amiens, passionnée d’architecture.");
        click(page, "Envoyer en relecture");
        assertThat(page.getByText("Indiquez votre spécialité avant d’envoyer le portrait en relecture.")
                        .first())
                .isVisible();
        assertThat(textbox(page, "Présentation")).hasValue("Guide-conférencière à Amiens, passionnée d’architecture.");

        textbox(page, "Spécialité").fill("Art déco et reconstruction");
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Langues de visite"))
                .click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("allemand"))
                .click();
        page.keyboard().press("Escape");
        textbox(page, "Territoire").fill("Amiens Métropole");
        click(page, "Ajouter un coup de cœur");
        textbox(page, "Lieu").fill("Tour Perret");
        textbox(page, "Ce que vous en dites")
                .fill("Le premier gratte-ciel d’Europe de l’Ouest, vu du parvis de la gare.");
        click(page, "Envoyer en relecture");
        assertThat(page.getByText("Portrait envoyé en relecture.")).isVisible();
        assertThat(page.locator(".rayonne-portrait-status")
                        .getByText("En relecture", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(textbox(page, "Présentation")).hasAttribute("readonly", "");
        screenshot(page, "phone-portrait-submitted");
        String portraitUrl = page.url();

        Page reviewer = login(newPage(), "camille", DEMO_PASSWORD);
        reviewer.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Portraits"))
                .click();
        reviewer.locator(".rayonne-portrait-card")
                .filter(new Locator.FilterOptions().setHasText(name))
                .click();
        click(reviewer, "Demander des modifications");
        reviewer.getByRole(AriaRole.DIALOG).getByRole(AriaRole.TEXTBOX).fill("Ajoutez une anecdote sur la tour.");
        click(reviewer, "Envoyer la demande");
        assertThat(reviewer.getByText("Demande envoyée au guide.")).isVisible();

        page.reload();
        assertThat(page.getByText("Demande de l’équipe : Ajoutez une anecdote sur la tour."))
                .isVisible();
        textbox(page, "Anecdotes").fill("Auguste Perret voulait qu’on la voie depuis toute la ville.");
        click(page, "Envoyer en relecture");
        assertThat(page.getByText("Portrait envoyé en relecture.")).isVisible();

        reviewer.reload();
        assertThat(textbox(reviewer, "Anecdotes"))
                .hasValue("Auguste Perret voulait qu’on la voie depuis toute la ville.");
        click(reviewer, "Approuver");
        assertThat(reviewer.getByText("Portrait approuvé.")).isVisible();
        assertThat(reviewer.locator(".rayonne-portrait-status")
                        .getByText("Approuvé", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();

        // Another guide typing the address is told it does not exist.
        Page other = login(newPage(), newGuide("Autre guide"), "mot-de-passe-guide");
        other.navigate(portraitUrl);
        assertThat(other.getByText("Page introuvable")).isVisible();
        assertThat(other.getByText(name)).hasCount(0);
    }
}
