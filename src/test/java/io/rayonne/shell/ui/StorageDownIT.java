package io.rayonne.shell.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.rayonne.testing.BrowserTest;
import io.rayonne.testing.NotePages;
import io.rayonne.testing.TestElasticsearch;
import org.junit.jupiter.api.Test;

/**
 * Elasticsearch stops while people work: they are told so in plain French and lose nothing they
 * typed. It stops the test node, so Surefire runs this class alone in a JVM of its own.
 */
class StorageDownIT extends BrowserTest {

    @Test
    void whenTheStoreStopsTheWriterIsToldAndKeepsTheirTextAndLoginSaysWhy() {
        login("camille", DEMO_PASSWORD);
        var notes = new NotePages(page).openList();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nouvelle note"))
                .first()
                .click();
        notes.titleField().fill("Compte rendu du comité de pilotage");
        notes.bodyField().fill("Trois décisions importantes, à ne pas perdre.");

        // A guide is writing her portrait at the same time.
        Page guide = login(newPage(), "lea", DEMO_PASSWORD);
        guide.navigate(url("portraits/nouveau"));
        guide.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Nom affiché").setExact(true))
                .fill("Léa Dupont");
        guide.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Présentation").setExact(true))
                .fill("Guide-conférencière, écrit hors ligne.");
        assertThat(guide.getByText("Brouillon gardé sur cet appareil", new Page.GetByTextOptions().setExact(false)))
                .isVisible();

        TestElasticsearch.node().close();

        guide.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();
        assertThat(guide.getByText(
                        "Le service de stockage ne répond pas pour le moment : rien n’est perdu, votre texte est gardé sur cet appareil.",
                        new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(guide.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Présentation").setExact(true)))
                .hasValue("Guide-conférencière, écrit hors ligne.");
        Object kept = guide.evaluate("() => localStorage.getItem('rayonne.portrait.lea.nouveau')");
        org.assertj.core.api.Assertions.assertThat((String) kept).contains("Guide-conférencière, écrit hors ligne.");

        notes.save();
        assertThat(page.getByText(
                        "Le service de stockage ne répond pas pour le moment.",
                        new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(notes.titleField()).hasValue("Compte rendu du comité de pilotage");
        assertThat(notes.bodyField()).hasValue("Trois décisions importantes, à ne pas perdre.");

        page.navigate(url("notes"));
        assertThat(page.getByText(
                        "Le service de stockage ne répond pas pour le moment.",
                        new Page.GetByTextOptions().setExact(false)))
                .isVisible();

        Page other = newPage();
        other.navigate(url("login"));
        other.getByLabel("Identifiant").fill("hugo");
        other.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true))
                .fill(DEMO_PASSWORD);
        other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter"))
                .click();
        assertThat(other.getByText("Connexion impossible pour le moment")).isVisible();
    }
}
