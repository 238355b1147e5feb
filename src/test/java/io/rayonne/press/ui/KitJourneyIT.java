package io.rayonne.press.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.rayonne.testing.BrowserTest;
import io.rayonne.testing.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The press officer writes a kit in French and German and shares it under embargo; a journalist
 * without an account opens the link: nothing before the embargo, everything at its minute (the clock
 * is set by the test, not waited for), in German if she likes, as one PDF.
 */
class KitJourneyIT extends BrowserTest {

    @Autowired
    TestClock clock;

    @AfterEach
    void systemTime() {
        clock.useSystemTime();
    }

    @Test
    void aKitUnderEmbargoShowsNothingBeforeAndEverythingAfter() throws IOException {
        // 1 March 2027, 9:00 in Paris; the embargo lifts at 10:00.
        clock.set(Instant.parse("2027-03-01T08:00:00Z"));
        String title = "Rendez-vous aux jardins " + Long.toString(System.nanoTime(), 36);
        Locator body = page.locator("body");
        login("hugo", DEMO_PASSWORD);
        page.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Dossiers de presse"))
                .click();
        assertThat(page.locator("#kits").getByText("Amiens fête les 150 ans d’Auguste Perret"))
                .isVisible();
        screenshot(page, "press-kits");
        click(body, "Nouveau dossier de presse");

        textbox(body, "Titre du dossier (Français)").fill(title);
        textbox(body, "Titre de la partie 1").fill("Les hortillonnages ouvrent leurs jardins");
        textbox(body, "Texte (Markdown)").fill("Trois jours de visites **gratuites** en barque, du 5 au 7 juin.");
        assertThat(page.locator("#kit-tab-de")).containsText("2 à traduire");

        page.locator("#kit-tab-de").click();
        assertThat(page.getByText("À traduire : « Les hortillonnages ouvrent leurs jardins »"))
                .isVisible();
        textbox(body, "Titre du dossier (Deutsch)").fill("Die Hortillonnages öffnen ihre Gärten");
        textbox(body, "Titre de la partie 1").fill("Gärten auf dem Wasser");
        textbox(body, "Texte (Markdown)").fill("Drei Tage kostenlose Bootsfahrten, vom 5. bis 7. Juni.");
        page.getByText("Traduction automatique").click();
        page.locator("#kit-tab-fr").click();
        assertThat(page.locator("#kit-tab-de")).containsText("1 traduit(s) automatiquement");

        Locator embargo = page.locator("#kit-embargo input");
        embargo.nth(0).fill("01/03/2027");
        embargo.nth(0).press("Enter");
        embargo.nth(1).fill("10:00");
        embargo.nth(1).press("Enter");
        page.getByText("Toute personne ayant le lien").click();
        click(body, "Enregistrer");
        assertThat(page.getByText("Dossier de presse enregistré.").first()).isVisible();
        assertThat(page.locator("#kit-share").getByText("Sous embargo", new Locator.GetByTextOptions().setExact(false)))
                .isVisible();
        String link = page.locator("#kit-link input").inputValue();
        assertThat(link).matches(".*/dossiers/[A-Za-z0-9_-]{32}$");
        screenshot(page, "press-kit-editor");

        // A journalist without an account, before the embargo: when, and nothing else.
        Page reader = newPage();
        reader.navigate(link);
        assertThat(reader.locator("#embargo"))
                .hasText("Dossier de presse sous embargo jusqu’au lundi 1 mars 2027 10:00 (heure de Paris).");
        assertThat(reader.getByText(title)).hasCount(0);
        assertThat(reader.getByText("Les hortillonnages ouvrent leurs jardins")).hasCount(0);
        screenshot(reader, "press-kit-embargoed");

        // At the minute the embargo lifts: everything, in German if she likes.
        clock.set(Instant.parse("2027-03-01T09:00:00Z"));
        reader.reload();
        assertThat(reader.locator("#kit-title")).hasText(title);
        assertThat(reader.getByText("Trois jours de visites")).isVisible();
        reader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deutsch"))
                .click();
        assertThat(reader.locator("#kit-title")).hasText("Die Hortillonnages öffnen ihre Gärten");
        assertThat(reader.getByText("Maschinelle Übersetzung.")).isVisible();
        screenshot(reader, "press-kit-open-de");
        Download pdf = reader.waitForDownload(() -> reader.locator("#kit-pdf").click());
        byte[] bytes = Files.readAllBytes(pdf.path());
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        // A wrong token: not found, and nothing of any kit.
        var response = reader.navigate(link + "x");
        assertThat(response.status()).isEqualTo(404);
        assertThat(reader.getByText("Dossier de presse introuvable")).isVisible();
        screenshot(reader, "press-kit-not-found");
    }
}
