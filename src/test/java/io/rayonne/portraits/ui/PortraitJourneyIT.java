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
import io.rayonne.testing.TestPhotos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A guide writes a portrait on a phone, adds a photo with its consent and sends it; the
 * communication team asks for a change on one field, the guide hears of it and answers; approval
 * and publication wait for a consent that covers their uses.
 */
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

    private static Path file(String name, byte[] content) {
        try {
            Path dir = Files.createDirectories(Path.of("target/playwright/uploads"));
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

        // A file that only calls itself a photo is refused by its content, with its name.
        page.locator("vaadin-upload input[type=file]").setInputFiles(file("faux.jpg", "pas une image".getBytes()));
        assertThat(page.getByText(
                        "« faux.jpg » n’a pas été ajoutée : seules les photos JPEG, PNG et WebP sont acceptées."))
                .isVisible();

        // A real photo: the rights dialog opens; people appear, consent for the website only.
        page.locator("vaadin-upload input[type=file]")
                .setInputFiles(file("tour-perret.jpg", TestPhotos.jpeg(1_600, 1_067, System.nanoTime())));
        Locator rights = page.getByRole(AriaRole.DIALOG);
        assertThat(rights.getByText("Crédit et droits à l’image : tour-perret.jpg"))
                .isVisible();
        textbox(rights, "Photographe (crédit)").fill("OT Amiens Métropole / M. Caron");
        textbox(rights, "Légende").fill("La tour Perret vue du parvis de la gare");
        rights.getByText("Des personnes sont reconnaissables sur cette photo").click();
        textbox(rights, "Accord donné par").fill(name);
        rights.getByText("Site web", new Locator.GetByTextOptions().setExact(true))
                .click();
        screenshot(page, "phone-photo-rights");
        // On a phone the calendar opens full screen: the guide types the date, then taps it.
        rights.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Accord valable jusqu’au"))
                .fill("31/12/2030");
        Locator day = page.locator("vaadin-month-calendar")
                .filter(new Locator.FilterOptions().setHasText("décembre 2030"))
                .locator("[part~='date']")
                .getByText("31", new Locator.GetByTextOptions().setExact(true));
        // The calendar scrolls to the typed month: tap once it has come to rest.
        double[] lastTop = {Double.NaN};
        Awaitility.await()
                .pollInterval(Duration.ofMillis(150))
                .atMost(Duration.ofSeconds(10))
                .until(() -> {
                    var box = day.boundingBox();
                    boolean still = box != null && box.y == lastTop[0];
                    lastTop[0] = box == null ? Double.NaN : box.y;
                    return still;
                });
        day.click();
        rights.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer"))
                .click();
        assertThat(page.getByText("Crédit et droits enregistrés.")).isVisible();
        Locator card = page.locator(".rayonne-photo-card");
        assertThat(card.getByText("© OT Amiens Métropole / M. Caron")).isVisible();
        assertThat(card.getByText("Accord de " + name + " jusqu’au 31 décembre 2030 · Site web"))
                .isVisible();
        assertThat(page.getByText("Brouillon gardé sur cet appareil", new Page.GetByTextOptions().setExact(false)))
                .isVisible();

        click(page, "Envoyer en relecture");
        assertThat(page.getByText("Portrait envoyé en relecture.")).isVisible();
        assertThat(page.locator(".rayonne-portrait-status")
                        .getByText("En relecture", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(textbox(page, "Présentation")).hasAttribute("readonly", "");
        screenshot(page, "phone-portrait-submitted");
        String portraitUrl = page.url();

        // Another guide typing the address of work in review is told it does not exist.
        Page other = login(newPage(), newGuide("Autre guide"), "mot-de-passe-guide");
        other.navigate(portraitUrl);
        assertThat(other.getByText("Page introuvable")).isVisible();
        assertThat(other.getByText(name)).hasCount(0);
        other.context().close();

        // The reviewer comments on one field.
        Page reviewer = login(newPage(), "camille", DEMO_PASSWORD);
        reviewer.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Portraits"))
                .click();
        reviewer.locator("#portraits-queue vaadin-grid-cell-content:visible")
                .filter(new Locator.FilterOptions().setHasText(name))
                .click();
        click(reviewer, "Demander des modifications");
        textbox(reviewer.getByRole(AriaRole.DIALOG), "Anecdotes").fill("Ajoutez une anecdote sur la tour.");
        click(reviewer, "Envoyer la demande");
        assertThat(reviewer.getByText("Demande envoyée au guide.")).isVisible();

        // The guide hears of it under the bell and answers.
        page.navigate(url(""));
        Locator bell =
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Notifications : 1 non lue(s)"));
        bell.click();
        Locator request =
                page.getByText("Camille Lefebvre demande des modifications à votre portrait « " + name + " ».");
        assertThat(request).isVisible();
        screenshot(page, "phone-notifications");
        request.click();
        assertThat(page.getByText("Anecdotes : Ajoutez une anecdote sur la tour."))
                .isVisible();
        textbox(page, "Anecdotes").fill("Auguste Perret voulait qu’on la voie depuis toute la ville.");
        click(page, "Envoyer en relecture");
        assertThat(page.getByText("Portrait envoyé en relecture.")).isVisible();

        // Approval waits for a consent that covers social networks; the screen names the photo.
        reviewer.reload();
        assertThat(textbox(reviewer, "Anecdotes"))
                .hasValue("Auguste Perret voulait qu’on la voie depuis toute la ville.");
        String uncovered =
                "Photo « tour-perret.jpg » : l’accord des personnes ne couvre pas l’usage « Réseaux sociaux ».";
        assertThat(reviewer.locator(".rayonne-consent-state").getByText(uncovered))
                .isVisible();
        click(reviewer, "Approuver");
        assertThat(reviewer.getByText(
                        "Refusé : 1 problème(s) de droits à l’image.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(reviewer.locator(".rayonne-portrait-status")
                        .getByText("En relecture", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        screenshot(reviewer, "review-blocked-by-consent");
        reviewer.locator(".rayonne-photo-card")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Crédit et droits"))
                .click();
        reviewer.getByRole(AriaRole.DIALOG)
                .getByText("Réseaux sociaux", new Locator.GetByTextOptions().setExact(true))
                .click();
        click(reviewer, "Enregistrer");
        assertThat(reviewer.getByText("Crédit et droits enregistrés.")).isVisible();
        click(reviewer, "Approuver");
        assertThat(reviewer.getByText("Portrait approuvé.")).isVisible();
        assertThat(reviewer.locator(".rayonne-portrait-status")
                        .getByText("Approuvé", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();

        // Meant for print too: publishing is refused until print is covered, then allowed.
        reviewer.locator(".rayonne-review-panel")
                .getByText("Imprimés", new Locator.GetByTextOptions().setExact(true))
                .click();
        assertThat(reviewer.getByText("Usages prévus enregistrés.")).isVisible();
        click(reviewer, "Marquer comme publié");
        assertThat(
                        reviewer.locator(".rayonne-consent-state")
                                .getByText(
                                        "Photo « tour-perret.jpg » : l’accord des personnes ne couvre pas l’usage « Imprimés »."))
                .isVisible();
        reviewer.locator(".rayonne-review-panel")
                .getByText("Imprimés", new Locator.GetByTextOptions().setExact(true))
                .click();
        assertThat(reviewer.locator(".rayonne-consent-state")
                        .getByText("Toutes les photos ont un crédit", new Locator.GetByTextOptions().setExact(false)))
                .isVisible();
        click(reviewer, "Marquer comme publié");
        assertThat(reviewer.getByText("Portrait publié.")).isVisible();

        // The history shows what the guide changed, word by word.
        reviewer.getByText("Historique des versions", new Page.GetByTextOptions().setExact(false))
                .click();
        // Newest first: the guide's edit is version 5 of 10, the sixth line. (The first send, refused
        // for its speciality, had saved the draft: the next save completed that portrait, version 2.)
        reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voir les changements"))
                .nth(5)
                .click();
        Locator changes = reviewer.getByRole(AriaRole.DIALOG);
        assertThat(changes.getByText("Version 5 — " + name, new Locator.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(changes.locator("ins")).hasText("Auguste Perret voulait qu’on la voie depuis toute la ville.");
        screenshot(reviewer, "portrait-history");
    }
}
