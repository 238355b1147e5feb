package io.rayonne.press.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.rayonne.testing.BrowserTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/**
 * The press officer plans a two-day visit for the German journalist, emails its programme to the
 * hosting partners with the departmental committee in copy, then records two articles and sees what
 * each cost.
 */
class PressVisitJourneyIT extends BrowserTest {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Types a date as a French user writes it and confirms it. */
    private static void date(Locator scope, String label, LocalDate day) {
        Locator field = scope.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName(label));
        field.fill(TYPED.format(day));
        field.press("Enter");
    }

    private static void time(Locator dialog, String time) {
        Locator field = dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Heure"));
        field.fill(time);
        field.press("Enter");
    }

    private void choose(Locator scope, String comboBox, String option) {
        Locator field = scope.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName(comboBox));
        field.click();
        field.fill(option);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option))
                .first()
                .click();
        page.keyboard().press("Escape");
    }

    @Test
    void aTwoDayVisitIsPlannedItsProgrammeEmailedAndItsCoverageCosted() {
        LocalDate first = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(30);
        String subject = "Les hortillonnages au printemps " + Long.toString(System.nanoTime(), 36);
        Locator body = page.locator("body");
        login("hugo", DEMO_PASSWORD);
        page.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Accueils presse"))
                .click();
        assertThat(page.locator("#visits").getByText("Les 150 ans d’Auguste Perret"))
                .isVisible();
        screenshot(page, "press-visits");
        click(body, "Nouvel accueil presse");

        textbox(body, "Sujet").fill(subject);
        choose(body, "Journalistes", "Wolfgang Hugo");
        date(body, "Premier jour", first);
        date(body, "Dernier jour", first.minusDays(1));
        click(body, "Enregistrer");
        assertThat(page.getByText("Le dernier jour est avant le premier : vérifiez les dates.")
                        .first())
                .isVisible();
        assertThat(textbox(body, "Sujet")).hasValue(subject);
        date(body, "Dernier jour", first.plusDays(1));
        click(body, "Enregistrer");
        assertThat(page.getByText("Accueil presse enregistré.").first()).isVisible();
        page.waitForURL(u -> u.matches(".*/presse/accueils/les-hortillonnages-au-printemps-.*"));

        // The departmental committee organises it too: it will be in copy.
        click(body, "Ajouter un coorganisateur");
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        textbox(dialog, "Nom").fill("Somme Tourisme");
        textbox(dialog, "Email").fill("presse@somme-tourisme.example");
        click(dialog, "Enregistrer");
        assertThat(page.locator("#co-organisers").getByText("Somme Tourisme")).isVisible();
        assertThat(page.locator("#co-organisers")
                        .getByText("en copie des envois", new Locator.GetByTextOptions().setExact(false)))
                .isVisible();

        // Day one: offered by the partner.
        click(body, "Ajouter au programme");
        dialog = page.getByRole(AriaRole.DIALOG);
        time(dialog, "10:00");
        textbox(dialog, "Intitulé").fill("Les hortillonnages en barque");
        textbox(dialog, "Partenaire qui reçoit").fill("Association des hortillonnages");
        textbox(dialog, "Email du partenaire").fill("accueil@hortillonnages.example");
        dialog.getByText("Offert par le partenaire (gratuité)").click();
        click(dialog, "Enregistrer");
        assertThat(page.locator("#programme").getByText("Visite · Les hortillonnages en barque"))
                .isVisible();

        // Day two: a dinner the office pays; a sum it cannot read is pointed out, nothing typed lost.
        click(body, "Ajouter au programme");
        dialog = page.getByRole(AriaRole.DIALOG);
        date(dialog, "Jour", first.plusDays(1));
        time(dialog, "19:30");
        dialog.locator("vaadin-select").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Repas"))
                .click();
        textbox(dialog, "Intitulé").fill("Dîner de spécialités picardes");
        textbox(dialog, "Partenaire qui reçoit").fill("Le Quai des Marais");
        textbox(dialog, "Email du partenaire").fill("reservation@quai-des-marais.example");
        textbox(dialog, "Coût pour l’office (€)").fill("douze");
        click(dialog, "Enregistrer");
        assertThat(dialog.getByText("« douze » n’est pas un montant : écrivez par exemple 1 250,50."))
                .isVisible();
        assertThat(textbox(dialog, "Intitulé")).hasValue("Dîner de spécialités picardes");
        textbox(dialog, "Coût pour l’office (€)").fill("38,50");
        click(dialog, "Enregistrer");
        assertThat(page.locator("#programme").getByText("Repas · Dîner de spécialités picardes"))
                .isVisible();
        assertThat(page.locator("#programme-cost")).hasText("Coût du programme : 38,50\u00a0€");
        assertThat(page.locator(".rayonne-programme-day h4")).hasCount(2);
        screenshot(page, "press-visit-programme");

        // The programme goes to both partners, the committee in copy.
        click(body, "Envoyer le programme par email");
        dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.locator("#send-to")
                        .getByText("Le Quai des Marais", new Locator.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(dialog.locator("#send-cc")
                        .getByText("Somme Tourisme", new Locator.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(dialog.frameLocator("iframe").getByText("Dîner de spécialités picardes"))
                .isVisible();
        screenshot(page, "press-visit-send");
        click(dialog, "Envoyer");
        assertThat(page.getByText(
                                "Programme prêt : Mailjet n’est pas configuré, le message attend dans l’envoi d’emails.")
                        .first())
                .isVisible();
        assertThat(page.locator(".rayonne-sends")
                        .getByText(
                                "en copie : presse@somme-tourisme.example",
                                new Locator.GetByTextOptions().setExact(false)))
                .isVisible();

        // Two articles after the visit: the cost per article follows.
        addArticle("Frühling in den Hortillonnages", first.plusDays(40));
        assertThat(page.locator("#cost-per-article")).containsText("Coût par retombée : 38,50\u00a0€");
        addArticle("Amiens, die Stadt der schwimmenden Gärten", first.plusDays(60));
        assertThat(page.locator("#cost-per-article")).containsText("Coût par retombée : 19,25\u00a0€");
        assertThat(page.locator("#visit-coverage").getByText("Frühling in den Hortillonnages"))
                .isVisible();
        page.locator("#visit-coverage").scrollIntoViewIfNeeded();
        screenshot(page, "press-visit-coverage");

        // Over the period, the coverage counts by market, language and medium.
        page.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Retombées"))
                .click();
        assertThat(page.locator("#coverage").getByText("Frühling in den Hortillonnages"))
                .isVisible();
        assertThat(page.locator("#coverage-by-market").getByText("Allemagne")).isVisible();
        assertThat(page.locator("#coverage-by-medium").getByText("Presse écrite"))
                .isVisible();
        screenshot(page, "press-coverage");
    }

    @org.springframework.beans.factory.annotation.Autowired
    io.rayonne.accounts.Accounts accounts;

    @org.springframework.beans.factory.annotation.Autowired
    io.rayonne.press.PressVisits visits;

    @Test
    void anotherOfficeOfTheNetworkInvitedTheJournalistLatelyAndThePressOfficerSeesIt() {
        // The Baie de Somme office, in Amiens' network, has proposed a visit to the Routard's editor.
        String officeId = io.rayonne.base.Slugs.of("Office de tourisme Baie de Somme");
        io.rayonne.accounts.SystemUser.run(() -> {
            if (accounts.office(officeId).isEmpty()) {
                accounts.createOffice(
                        "Office de tourisme Baie de Somme", "somme", "Baie de Somme", "Saint-Valery-sur-Somme");
            }
        });
        String colleague = newUser(officeId, io.rayonne.accounts.Role.PRESS);
        LocalDate soon = LocalDate.now(ZoneId.of("Europe/Paris")).plusWeeks(3);
        String subject = "La baie en hiver " + unique("");
        as(
                colleague,
                () -> visits.create(new io.rayonne.press.PressVisit.Draft(
                        subject,
                        "",
                        io.rayonne.press.VisitOrigin.PROPOSED,
                        io.rayonne.press.VisitStatus.PROPOSED,
                        java.util.List.of("benoit-lucchini"),
                        java.util.List.of(),
                        soon,
                        soon,
                        java.util.List.of(),
                        java.util.List.of(),
                        null,
                        null,
                        "")),
                io.rayonne.accounts.Role.PRESS);

        login("hugo", DEMO_PASSWORD);
        page.navigate(url("presse/accueils/nouveau"));
        choose(page.locator("body"), "Journalistes", "Benoît Lucchini");
        Locator warning = page.locator("#saturation");
        assertThat(warning).containsText("Déjà sollicité dans le réseau");
        assertThat(warning).containsText("Benoît Lucchini : « " + subject + " » avec Office de tourisme Baie de Somme");
        assertThat(warning).containsText("Proposé");
        screenshot(page, "press-visit-saturation");
    }

    private void addArticle(String title, LocalDate published) {
        Locator body = page.locator("body");
        click(body, "Ajouter une retombée");
        page.waitForURL(u -> u.contains("/presse/retombees/nouvelle"));
        textbox(body, "Titre").fill(title);
        choose(body, "Média", "Bayerische Staatszeitung");
        date(body, "Date de parution", published);
        textbox(body, "Audience (lecteurs, auditeurs, abonnés)").fill("120 000");
        screenshot(page, "press-coverage-editor");
        click(body, "Enregistrer");
        assertThat(page.getByText("Retombée enregistrée.").first()).isVisible();
        page.waitForURL(u -> u.contains("/presse/accueils/"));
    }
}
