package io.rayonne.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ReducedMotion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of browser journeys: Chromium driven by Playwright against the application on its random
 * port, in French, with reduced motion. A failing test leaves a screenshot of each of its pages
 * under target/playwright/, taken before the windows close.
 */
@ExtendWith(BrowserTest.ScreenshotOnFailure.class)
public abstract class BrowserTest extends RayonneTest {

    private static final Path OUTPUT = Path.of("target/playwright");
    private static Browser browser;

    @LocalServerPort
    protected int port;

    private final List<BrowserContext> contexts = new ArrayList<>();
    protected Page page;

    static {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @BeforeEach
    void openPage() {
        page = newPage();
    }

    /** A new browser window with its own session: a second person, or the same person elsewhere. */
    protected Page newPage() {
        BrowserContext context = browser().newContext(contextOptions());
        context.setDefaultTimeout(15_000);
        contexts.add(context);
        return context.newPage();
    }

    /** A window as the people of Rayonne have one: in French, at Paris time, a laptop's screen. */
    public static Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions()
                .setLocale("fr-FR")
                .setTimezoneId("Europe/Paris")
                .setViewportSize(1440, 900)
                .setReducedMotion(ReducedMotion.REDUCE);
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Signs in through the login page and waits for the home screen. */
    protected Page login(Page target, String login, String password) {
        target.navigate(url("login"));
        target.getByLabel("Identifiant").fill(login);
        target.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true))
                .fill(password);
        target.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Se connecter"))
                .click();
        target.waitForURL(u -> !u.contains("/login"));
        target.locator("vaadin-app-layout").waitFor();
        return target;
    }

    protected Page login(String login, String password) {
        return login(page, login, password);
    }

    /** The text field with exactly this label inside a part of the page (the page's body, a dialog). */
    protected static Locator textbox(Locator scope, String label) {
        return scope.getByRole(
                com.microsoft.playwright.options.AriaRole.TEXTBOX,
                new Locator.GetByRoleOptions().setName(label).setExact(true));
    }

    /** Clicks the button with exactly this name inside a part of the page. */
    protected static void click(Locator scope, String button) {
        scope.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(button).setExact(true))
                .click();
    }

    /** Drags with the mouse in small steps, as a hand does (the calendar waits for real movement). */
    protected static void drag(Page target, Locator what, Locator to) {
        com.microsoft.playwright.options.BoundingBox from = what.boundingBox();
        com.microsoft.playwright.options.BoundingBox onto = to.boundingBox();
        target.mouse().move(from.x + from.width / 2, from.y + from.height / 2);
        target.mouse().down();
        target.mouse()
                .move(
                        from.x + from.width / 2 + 8,
                        from.y + from.height / 2 + 8,
                        new com.microsoft.playwright.Mouse.MoveOptions().setSteps(4));
        target.mouse()
                .move(
                        onto.x + onto.width / 2,
                        onto.y + onto.height / 2,
                        new com.microsoft.playwright.Mouse.MoveOptions().setSteps(20));
        target.mouse().up();
    }

    /**
     * Until Vaadin's client in the page has no request under way: the screen shows the server's
     * answer (the navigation, and whatever the screen asked next).
     */
    protected static void waitUntilDrawn(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    /** Visible grid cells only: Vaadin keeps hidden cells for reuse. */
    protected static Locator visibleCells(Page page) {
        return page.locator("vaadin-grid-cell-content:visible");
    }

    protected void screenshot(Page target, String name) {
        try {
            Files.createDirectories(OUTPUT);
            target.screenshot(new Page.ScreenshotOptions()
                    .setPath(OUTPUT.resolve(name + ".png"))
                    .setFullPage(true));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    private static synchronized Browser browser() {
        if (browser == null) {
            Playwright playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = launch(playwright);
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close, "playwright-stop"));
        }
        return browser;
    }

    /**
     * Chromium as every browser test runs it: headless, Debian's build when installed, its profile
     * under target/ (a Playwright instance belongs to the thread that created it).
     */
    public static Browser launch(Playwright playwright) {
        Path home = Path.of("target/chromium-home").toAbsolutePath();
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setArgs(List.of(
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run"))
                .setEnv(Map.of(
                        "XDG_CONFIG_HOME", home.resolve("config").toString(),
                        "XDG_CACHE_HOME", home.resolve("cache").toString(),
                        "HOME", home.toString()));
        Path debianChromium = Path.of("/usr/bin/chromium");
        if (Files.isExecutable(debianChromium)) {
            options.setExecutablePath(debianChromium);
        }
        return playwright.chromium().launch(options);
    }

    /** Keeps a picture of every open page of a failed test. */
    static class ScreenshotOnFailure implements AfterTestExecutionCallback {
        @Override
        public void afterTestExecution(ExtensionContext context) {
            Optional<Object> instance = context.getTestInstance();
            if (context.getExecutionException().isEmpty()
                    || instance.isEmpty()
                    || !(instance.get() instanceof BrowserTest test)) {
                return;
            }
            String name = context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName();
            int i = 0;
            for (BrowserContext browserContext : test.contexts) {
                for (Page open : browserContext.pages()) {
                    try {
                        test.screenshot(open, "FAILED-" + name + "-" + i++);
                    } catch (RuntimeException ignored) {
                        // the page may be gone; the failure itself is what matters
                    }
                }
            }
        }
    }
}
