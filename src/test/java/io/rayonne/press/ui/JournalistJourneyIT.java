package io.rayonne.press.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.rayonne.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The press officer records the Routard's editor again without knowing he is in the file: a wrong
 * email is pointed out, then the duplicate; she completes the existing record instead.
 */
class JournalistJourneyIT extends BrowserTest {

    private static Locator textbox(Page page, String name) {
        return page.getByRole(
                AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void click(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button))
                .click();
    }

    @Test
    void aDuplicateJournalistIsCaughtAndTheExistingRecordCompleted() {
        login("hugo", DEMO_PASSWORD);
        page.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Contacts presse"))
                .click();
        assertThat(page.locator("#journalists").getByText("Wolfgang Hugo")).isVisible();
        screenshot(page, "press-contacts");
        click(page, "Nouveau journaliste");

        textbox(page, "Nom").fill("Benoit Lucchini");
        textbox(page, "Email").fill("b.lucchini@");
        click(page, "Enregistrer");
        assertThat(page.getByText("Cette adresse email n’est pas valide", new Page.GetByTextOptions().setExact(false))
                        .first())
                .isVisible();
        assertThat(textbox(page, "Nom")).hasValue("Benoit Lucchini");

        textbox(page, "Email").fill("b.lucchini@routard.example");
        click(page, "Enregistrer");
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("Ce journaliste existe peut-être déjà")).isVisible();
        assertThat(dialog.getByText("Benoît Lucchini")).isVisible();
        assertThat(dialog.getByText("Le Routard")).isVisible();
        assertThat(dialog.getByText("Nom presque identique (100 %)")).isVisible();
        screenshot(page, "press-duplicate");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Compléter cette fiche"))
                .click();

        assertThat(page.getByText("Fiche du journaliste enregistrée.")).isVisible();
        page.waitForURL(url -> url.endsWith("/presse/journalistes/benoit-lucchini"));
        assertThat(textbox(page, "Nom")).hasValue("Benoît Lucchini");
        assertThat(textbox(page, "Email")).hasValue("b.lucchini@routard.example");
        assertThat(page.locator("vaadin-multi-select-combo-box-chip").getByText("Le Routard"))
                .isVisible();
    }
}
