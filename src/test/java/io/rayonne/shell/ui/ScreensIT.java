package io.rayonne.shell.ui;

import io.rayonne.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/** Pictures of the main screens at desktop and phone widths, kept under target/playwright/. */
class ScreensIT extends BrowserTest {

    @Test
    void screens() {
        page.navigate(url("login"));
        page.locator("vaadin-login-form").waitFor();
        screenshot(page, "login");
        login("camille", DEMO_PASSWORD);
        screenshot(page, "home");
    }
}
