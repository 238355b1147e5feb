package io.rayonne.notes.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.rayonne.testing.BrowserTest;
import io.rayonne.testing.NotePages;
import org.junit.jupiter.api.Test;

/** The team writes, edits and deletes notes; two people editing at once never lose a word. */
class NotesJourneyIT extends BrowserTest {

    @Test
    void aCommunicationOfficerWritesEditsAndDeletesANote() {
        login("camille", DEMO_PASSWORD);
        String title = "Réunion d’équipe " + System.nanoTime();
        var notes = new NotePages(page).openList();
        notes.write(title, "## Ordre du jour\n\n- **Saison** estivale\n- Accueil presse");
        assertThat(page.getByText("Modifiée le")).isVisible();

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Aperçu"))
                .click();
        assertThat(page.locator("vaadin-markdown h2")).hasText("Ordre du jour");
        assertThat(page.locator("vaadin-markdown strong")).hasText("Saison");

        notes.open(title).replaceBody("Compte rendu validé.").save();
        assertThat(page.getByText("Note enregistrée.")).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Supprimer"))
                .click();
        page.locator("vaadin-confirm-dialog-overlay")
                .getByRole(
                        AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Supprimer"))
                .click();
        assertThat(page.getByText("Note supprimée.")).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content:visible")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title)))
                .hasCount(0);
    }

    @Test
    void aTitleIsRequired() {
        login("hugo", DEMO_PASSWORD);
        new NotePages(page).openList();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nouvelle note"))
                .first()
                .click();
        new NotePages(page).bodyField().fill("Sans titre, ce texte ne doit pas se perdre.");
        new NotePages(page).save();
        assertThat(page.getByText("Donnez un titre à la note.")).isVisible();
        assertThat(new NotePages(page).bodyField()).hasValue("Sans titre, ce texte ne doit pas se perdre.");
    }

    @Test
    void theSecondOfTwoConcurrentEditorsGetsAConflictDialogThatKeepsTheirText() {
        String title = "Planning des visites " + System.nanoTime();
        login("camille", DEMO_PASSWORD);
        new NotePages(page).openList().write(title, "Version de départ");

        Page first = page;
        Page second = login(newPage(), "hugo", DEMO_PASSWORD);
        new NotePages(first).open(title);
        new NotePages(second).open(title);

        new NotePages(first).replaceBody("Texte de Camille").save();
        assertThat(first.getByText("Note enregistrée.")).isVisible();

        new NotePages(second).replaceBody("Texte d’Hugo, à ne pas perdre").save();
        var dialog = second.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("Cette note a été modifiée entre-temps")).isVisible();
        assertThat(dialog.getByRole(
                        AriaRole.TEXTBOX,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Votre version")))
                .hasValue("Texte d’Hugo, à ne pas perdre");
        assertThat(dialog.getByRole(
                        AriaRole.TEXTBOX,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Version enregistrée")))
                .hasValue(java.util.regex.Pattern.compile("Texte de Camille"));

        dialog.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Enregistrer ma version"))
                .click();
        assertThat(second.getByText("Note enregistrée.")).isVisible();
        first.reload();
        assertThat(new NotePages(first).bodyField()).hasValue("Texte d’Hugo, à ne pas perdre");
    }
}
