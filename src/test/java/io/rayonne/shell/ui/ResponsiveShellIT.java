package io.rayonne.shell.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.rayonne.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The shell at 1440 px and on a 390 px phone; pictures of each screen are kept under
 * target/playwright/ for review.
 */
class ResponsiveShellIT extends BrowserTest {

    @Test
    void onADesktopTheNavigationIsAlwaysThere() {
        page.navigate(url("login"));
        page.locator("vaadin-login-form").waitFor();
        screenshot(page, "desktop-login");
        login("nadia", DEMO_PASSWORD);
        assertThat(page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Utilisateurs")))
                .isVisible();
        assertThat(page.getByText("Office de tourisme de Valenciennes Métropole")
                        .first())
                .isVisible();
        screenshot(page, "desktop-home");
        for (String[] screen : new String[][] {
            {"notes", "Notes"},
            {"recherche?q=tourisme", "Recherche"},
            {"offices/amiens-metropole", "Offices et équipes"},
            {"admin/utilisateurs", "Utilisateurs"}
        }) {
            page.navigate(url(screen[0]));
            assertThat(page.locator("h1.rayonne-view-title")).hasText(screen[1]);
            screenshot(page, "desktop-" + screen[0].replaceAll("[^a-z]+", "-"));
        }
    }

    @Test
    void onAPhoneTheNavigationOpensFromTheMenuButton() {
        page.setViewportSize(390, 844);
        login("camille", DEMO_PASSWORD);
        Locator notesItem =
                page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Notes"));
        assertThat(notesItem).not().isInViewport();
        assertThat(page.locator("vaadin-combo-box.rayonne-search-box")).isVisible();
        screenshot(page, "phone-home");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"))
                .click();
        assertThat(notesItem).isInViewport();
        notesItem.click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/notes$"));
        screenshot(page, "phone-notes");
        page.navigate(url("recherche?q=qualit%C3%A9"));
        assertThat(page.locator(".rayonne-result").first()).isVisible();
        screenshot(page, "phone-search");
    }
}
