package io.rayonne.testing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** How a person works with notes, in words of the screen. */
public record NotePages(Page page) {

    public Locator titleField() {
        return page.getByRole(
                AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Titre").setExact(true));
    }

    public Locator bodyField() {
        return page.getByRole(
                AriaRole.TEXTBOX,
                new Page.GetByRoleOptions().setName("Texte (Markdown)").setExact(true));
    }

    public NotePages openList() {
        page.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Notes"))
                .click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nouvelle note"))
                        .first())
                .isVisible();
        return this;
    }

    public NotePages write(String title, String body) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nouvelle note"))
                .first()
                .click();
        titleField().fill(title);
        bodyField().fill(body);
        save();
        assertThat(page.getByText("Note enregistrée.")).isVisible();
        return this;
    }

    public NotePages open(String title) {
        openList();
        page.locator("vaadin-grid-cell-content:visible")
                .filter(new Locator.FilterOptions().setHasText(title))
                .first()
                .click();
        assertThat(titleField()).hasValue(title);
        return this;
    }

    public NotePages replaceBody(String body) {
        bodyField().fill(body);
        return this;
    }

    public void save() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                .click();
    }
}
