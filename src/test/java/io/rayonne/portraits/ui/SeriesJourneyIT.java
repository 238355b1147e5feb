package io.rayonne.portraits.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.rayonne.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The communication team opens the sample series of guides' portraits, reads each portrait's text
 * for Instagram, schedules the series from Guide Day and takes it off the plan again; it also finds
 * the photo whose consent has ended.
 */
class SeriesJourneyIT extends BrowserTest {

    private static void click(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button))
                .click();
    }

    @Test
    void theTeamSchedulesTheGuidesSeriesFromGuideDay() {
        login("camille", DEMO_PASSWORD);
        page.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Portraits"))
                .click();
        page.locator(".rayonne-portrait-card")
                .filter(new Locator.FilterOptions().setHasText("Portraits de guides 2027"))
                .click();

        Locator schedule = page.locator(".rayonne-series-schedule");
        assertThat(schedule.getByText("dimanche 21 février 2027 · 10:00")).isVisible();
        assertThat(schedule.getByText("dimanche 28 février 2027 · 10:00")).isVisible();
        assertThat(schedule.getByText("Juliette Roussel")).isVisible();
        assertThat(schedule.getByText("Prêt", new Locator.GetByTextOptions().setExact(true)))
                .hasCount(2);

        // Juliette's text for Instagram: plain, counted, with the series' hashtags.
        schedule.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Textes à publier"))
                .first()
                .click();
        Locator texts = page.getByRole(AriaRole.DIALOG);
        assertThat(texts.getByText("Textes à publier : Juliette Roussel")).isVisible();
        texts.getByRole(AriaRole.TAB, new Locator.GetByRoleOptions().setName("Instagram"))
                .click();
        Locator instagram = texts.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Instagram"));
        assertThat(instagram)
                .hasValue(java.util.regex.Pattern.compile(
                        "^Juliette Roussel — Guide-conférencière.*#JourneeInternationaleDesGuides #Amiens #GuidesConferenciers$",
                        java.util.regex.Pattern.DOTALL));
        assertThat(texts.getByText(java.util.regex.Pattern.compile("^[\\d\\u202f\\u00a0 ]+ / 2.200 caractères$")))
                .isVisible();
        screenshot(page, "series-texts");
        click(page, "Fermer");

        click(page, "Programmer la série");
        assertThat(
                        page.getByText(
                                "Série programmée : chaque portrait est planifié à sa date, avec sa publication dans le calendrier."))
                .isVisible();
        assertThat(page.locator(".rayonne-series-state").getByText("Programmée"))
                .isVisible();
        assertThat(schedule.getByText("Programmé", new Locator.GetByTextOptions().setExact(true)))
                .hasCount(2);
        assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Nom de la série")))
                .hasAttribute("readonly", "");
        screenshot(page, "series-scheduled");

        page.navigate(url("portraits/juliette-roussel-amiens"));
        assertThat(page.locator(".rayonne-portrait-status")
                        .getByText("Programmé", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        page.goBack();

        // The calendar holds a post per portrait, on its day, waiting for a colleague's review.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Voir les publications dans le calendrier"))
                .click();
        Locator juliette = page.locator(".fc-list-event")
                .filter(new Locator.FilterOptions().setHasText("Portrait : Juliette Roussel"));
        Locator mathieu = page.locator(".fc-list-event")
                .filter(new Locator.FilterOptions().setHasText("Portrait : Mathieu Lenoir"));
        assertThat(juliette).containsText("En relecture");
        assertThat(mathieu).containsText("En relecture");
        screenshot(page, "series-in-calendar");
        page.goBack();

        click(page, "Déprogrammer la série");
        assertThat(
                        page.getByText(
                                "Série déprogrammée : ses portraits redeviennent approuvés et leurs publications sont annulées."))
                .isVisible();
        assertThat(page.locator(".rayonne-series-state").getByText("En préparation"))
                .isVisible();
        page.navigate(url("calendrier?vue=list&date=2027-02-21"));
        assertThat(juliette).containsText("Annulé");
        assertThat(mathieu).containsText("Annulé");
    }

    @Test
    void theTeamFindsThePhotoWhoseConsentHasEndedAndWhereItIsUsed() {
        login("camille", DEMO_PASSWORD);
        page.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Consentements photo"))
                .click();
        assertThat(page.getByText("lea-portail.jpg")).isVisible();
        assertThat(page.getByText("Terminé le 31 octobre 2026")).isVisible();
        screenshot(page, "consents-to-renew");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Léa Dupont"))
                .click();
        assertThat(page.locator(".rayonne-consent-state")
                        .getByText("Photo « lea-portail.jpg » : l’accord des personnes a pris fin le 31 octobre 2026."))
                .isVisible();
    }
}
