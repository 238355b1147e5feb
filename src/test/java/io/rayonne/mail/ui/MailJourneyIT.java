package io.rayonne.mail.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.rayonne.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/** Without Mailjet keys, the administrator sends a test email and finds it in the outbox with its preview. */
class MailJourneyIT extends BrowserTest {

    @Test
    void theAdminSendsATestEmailAndSeesItInTheOutbox() {
        String address = "essai" + Long.toString(System.nanoTime(), 36) + "@example.org";
        login("nadia", DEMO_PASSWORD);
        page.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Envoi d’emails"))
                .click();
        assertThat(page.getByText("Mailjet n’est pas configuré")).isVisible();

        Locator field =
                page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Adresse du destinataire"));
        field.fill("pas-une-adresse");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer un message d’essai"))
                .click();
        assertThat(page.getByText("Saisissez une adresse email valide.")).isVisible();

        field.fill(address);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer un message d’essai"))
                .click();
        assertThat(page.getByText("Message d’essai : En attente (non envoyé).")).isVisible();

        Locator row = visibleCells(page).filter(new Locator.FilterOptions().setHasText(address));
        assertThat(row).isVisible();
        row.click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("Rayonne : message d’essai").first()).isVisible();
        assertThat(page.frameLocator(".rayonne-mail-preview iframe")
                        .getByText("Ceci est un message d’essai envoyé par nadia"))
                .isVisible();
        dialog.getByRole(AriaRole.TAB, new Locator.GetByRoleOptions().setName("Version texte"))
                .click();
        assertThat(dialog.locator("pre.rayonne-mail-text"))
                .containsText("S’il vous parvient, l’envoi d’emails fonctionne.");
        screenshot(page, "desktop-admin-emails-preview");
    }

    @org.springframework.beans.factory.annotation.Autowired
    io.rayonne.mail.internal.MailAdministration administration;

    @Test
    void theAdminLiftsABlockedAddressWithAReason() throws Exception {
        String address = "plainte" + Long.toString(System.nanoTime(), 36) + "@example.org";
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("webhooks/mailjet")))
                .header(
                        "Authorization",
                        "Basic "
                                + java.util.Base64.getEncoder()
                                        .encodeToString((WEBHOOK_USER + ":" + WEBHOOK_PASSWORD)
                                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"event\":\"spam\",\"time\":1700003000,\"MessageID\":7,\"email\":\"" + address + "\"}"))
                .build();
        org.assertj.core.api.Assertions.assertThat(java.net.http.HttpClient.newHttpClient()
                        .send(request, java.net.http.HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(200);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> io.rayonne.accounts.SystemUser.call(() -> administration.blockedAddresses().stream()
                        .anyMatch(b -> b.email().equals(address))));

        login("nadia", DEMO_PASSWORD);
        page.navigate(url("admin/emails"));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Adresses bloquées"))
                .click();
        Locator row = visibleCells(page).filter(new Locator.FilterOptions().setHasText(address));
        assertThat(row).isVisible();
        assertThat(visibleCells(page)
                        .filter(new Locator.FilterOptions().setHasText("signalé comme indésirable"))
                        .first())
                .isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Débloquer " + address))
                .click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Débloquer"))
                .click();
        assertThat(dialog.getByText("Indiquez la raison : elle est gardée.")).isVisible();
        dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Pourquoi la débloquer ?"))
                .fill("La personne a écrit pour se réabonner au bulletin.");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Débloquer"))
                .click();
        assertThat(page.getByText("Adresse débloquée.")).isVisible();
        assertThat(visibleCells(page).filter(new Locator.FilterOptions().setHasText(address)))
                .hasCount(0);
    }
}
