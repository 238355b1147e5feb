package io.rayonne.observatoire.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import io.rayonne.accounts.Role;
import io.rayonne.observatoire.FrenchNumbers;
import io.rayonne.observatoire.KeyFigure;
import io.rayonne.observatoire.KeyFigureValues;
import io.rayonne.observatoire.KeyFigures;
import io.rayonne.observatoire.Period;
import io.rayonne.testing.BrowserTest;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The observatoire as its people use it: a reviewer's home shows the post waiting for them and opens
 * it; an office types in a month of figures (in words first, then with a point, then right); the
 * network coordinator compares two offices, a chart and its table; an office's year prints on A4.
 */
class ObservatoireJourneyIT extends BrowserTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    KeyFigures keyFigures;

    @Autowired
    io.rayonne.newsletter.Bulletins bulletins;

    private static String monthName(YearMonth m) {
        String name = m.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH));
        return name.substring(0, 1).toUpperCase(Locale.FRENCH) + name.substring(1);
    }

    @Test
    void aReviewersHomeShowsThePostWaitingForThemAndOpensIt() {
        login("antoine", DEMO_PASSWORD);
        Locator review = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Publications à relire"));
        Locator post = review.getByRole(
                AriaRole.LINK, new Locator.GetByRoleOptions().setName("Visite guidée : Amiens illuminée"));
        assertThat(post).isVisible();
        screenshot(page, "home-reviewer");
        post.click();
        page.waitForURL(u -> u.contains("/calendrier/publications/"));
        assertThat(page.getByLabel("Titre (pour l’équipe)")).hasValue("Visite guidée : Amiens illuminée");
    }

    @Test
    void anOfficeEntersAMonthOfKeyFigures() {
        YearMonth thisMonth = YearMonth.now(PARIS);
        login("camille", DEMO_PASSWORD);
        page.navigate(url("observatoire/chiffres"));
        page.locator("#figures-month").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(monthName(thisMonth)))
                .click();
        assertThat(page.locator("#figures-status")).containsText("pas encore saisis");

        Locator visitors = textbox(page.locator("#figures-form"), "Visiteurs du site web");
        visitors.fill("douze mille");
        textbox(page.locator("#figures-form"), "Dossiers groupes").fill("12.500");
        click(page.locator("#figures-form"), "Enregistrer les chiffres de " + monthName(thisMonth));
        assertThat(page.getByText("« douze mille » est écrit en lettres")).isVisible();
        assertThat(page.getByText("« 12.500 » : le point est ambigu")).isVisible();
        assertThat(page.locator("#figures-status")).containsText("pas encore saisis");

        visitors.fill("12 500");
        textbox(page.locator("#figures-form"), "Dossiers groupes").fill("48");
        textbox(page.locator("#figures-form"), "Score de l’audit qualité (%)").fill("92,5");
        click(page.locator("#figures-form"), "Enregistrer les chiffres de " + monthName(thisMonth));
        assertThat(page.getByText("Chiffres de " + monthName(thisMonth) + " enregistrés."))
                .isVisible();
        assertThat(page.locator("#figures-status")).containsText("dernière modification par Camille Lefebvre");
        assertThat(page.locator("#figures-history")).containsText("Visiteurs du site web");
        screenshot(page, "key-figures-entered");

        var stored = as("camille", () -> keyFigures.month("amiens-metropole", thisMonth), Role.COMMUNICATION)
                .orElseThrow();
        assertThat(stored.values())
                .containsEntry("site-visitors", 12500.0)
                .containsEntry("group-files", 48.0)
                .containsEntry("audit-score", 92.5);
    }

    @Test
    void theNetworkDashboardComparesTwoOfficesWithAChartAndItsTable() {
        YearMonth last = YearMonth.now(PARIS).minusMonths(1);
        int year = last.getYear();
        login("nadia", DEMO_PASSWORD);
        page.navigate(url("observatoire?offices=valenciennes,dunkerque&annee=" + year + "&periode=annee"));
        Locator panel = page.locator("#chart-chiffre-site-visitors");
        assertThat(panel.locator("rayonne-chart canvas")).isVisible();
        assertThat(panel.locator("rayonne-chart")).hasAttribute("data-drawn", "2"); // one bar group per office
        screenshot(page, "dashboard-network");

        click(panel, "Voir le tableau");
        Locator table = panel.locator("table");
        assertThat(table).isVisible();
        KeyFigure visitors = KeyFigures.DEFAULT_LIST.get(0);
        KeyFigureValues values = as(
                "nadia",
                () -> keyFigures.values(List.of("valenciennes", "dunkerque"), YearMonth.of(year, 1), last),
                Role.ADMIN);
        List<YearMonth> months = new Period(YearMonth.of(year, 1), last).months();
        for (String office : List.of("valenciennes", "dunkerque")) {
            String total = FrenchNumbers.format(values.total(visitors, List.of(office), months), Locale.FRENCH);
            String name = office.equals("valenciennes") ? "Valenciennes" : "Dunkerque";
            assertThat(table.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName(Pattern.compile(name))))
                    .containsText(total);
        }
        click(panel, "Voir le graphique");
        assertThat(panel.locator("rayonne-chart canvas")).isVisible();
    }

    @Test
    void theYearlyReportPrintsOnA4Pages() {
        int year = YearMonth.now(PARIS).getYear();
        login("camille", DEMO_PASSWORD);
        page.navigate(url("observatoire"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bilan de l’année (à imprimer)"))
                .click();
        page.waitForURL(u -> u.contains("/observatoire/bilan/amiens-metropole/" + year));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bilan de l’année " + year)))
                .isVisible();
        Locator print =
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Imprimer ou enregistrer en PDF"));
        assertThat(print).isVisible();
        assertThat(page.locator("#report-figures table")).containsText("Visiteurs du site web");
        assertThat(page.locator("#report-calendar rayonne-chart").first())
                .hasAttribute("data-drawn", Pattern.compile("\\d+"));
        screenshot(page, "year-report");

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(print).isHidden();
        byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(true));
        Matcher pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int count = 0;
        while (pages.find()) {
            count++;
        }
        assertThat(count).as("pages of the printed report").isGreaterThanOrEqualTo(5);
    }

    @Test
    void aFigureGoesIntoTheNetworksDraftBulletin() {
        YearMonth last = YearMonth.now(PARIS).minusMonths(1);
        login("nadia", DEMO_PASSWORD);
        page.navigate(url("observatoire/chiffres"));
        page.locator("#figures-office").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Office de tourisme de Lille"))
                .click();
        // Lille has no sample figures: wait for its month to be shown before typing.
        assertThat(page.locator("#figures-status"))
                .hasText("Les chiffres de " + monthName(last) + " ne sont pas encore saisis.");
        click(page.locator("#figures-form"), "Enregistrer les chiffres de " + monthName(last));
        assertThat(page.getByText("Tapez au moins un chiffre")).isVisible();
        textbox(page.locator("#figures-form"), "Visiteurs du site web").fill("8 400");
        click(page.locator("#figures-form"), "Enregistrer les chiffres de " + monthName(last));
        assertThat(page.getByText("Chiffres de " + monthName(last) + " enregistrés."))
                .isVisible();

        page.locator("#figures-bulletin-figure").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Visiteurs du site web"))
                .click();
        assertThat(page.locator("#figures-bulletin-issue")).containsText("Les offices du Nord en hiver");
        click(page.locator("#figures-bulletin-add").locator(".."), "Ajouter au numéro");
        assertThat(page.getByText("Chiffre ajouté au numéro « Les offices du Nord en hiver »."))
                .isVisible();

        var zoom = as("nadia", () -> bulletins.get("nord-zoom-sur-hiver-2026"), Role.ADMIN);
        String month = last.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH));
        assertThat(zoom.blocks())
                .filteredOn(b -> b instanceof io.rayonne.newsletter.Block.KeyFigure)
                .extracting(b -> ((io.rayonne.newsletter.Block.KeyFigure) b).number() + " | "
                        + ((io.rayonne.newsletter.Block.KeyFigure) b).caption())
                .contains("8\u202F400 | Visiteurs du site web en " + month);
    }

    @Test
    void aPeriodWithoutDataSaysSoAndWhatToDo() {
        login("nadia", DEMO_PASSWORD);
        page.navigate(url(
                "observatoire?offices=cambresis&annee=" + YearMonth.now(PARIS).getYear() + "&periode=m01"));
        assertThat(page.locator("#dashboard-empty")).containsText("Aucune donnée pour");
        assertThat(page.locator("#dashboard-empty")
                        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Saisir les chiffres clés")))
                .isVisible();
        assertThat(page.locator("rayonne-chart")).hasCount(0);
    }
}
