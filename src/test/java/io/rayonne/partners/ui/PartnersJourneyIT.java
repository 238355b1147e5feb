package io.rayonne.partners.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.Network;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.SystemUser;
import io.rayonne.base.Slugs;
import io.rayonne.partners.Contact;
import io.rayonne.partners.LegalBasis;
import io.rayonne.partners.Membership;
import io.rayonne.partners.Partner;
import io.rayonne.partners.Partners;
import io.rayonne.partners.Sector;
import io.rayonne.partners.Subscription;
import io.rayonne.testing.BrowserTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A communication officer fills the partner directory of a new office: the empty directory says
 * what to do, a partner is added with its chef (a wrong email named, then corrected), the directory
 * is narrowed to English-speaking chefs and saved as a segment, opened again, and exported.
 */
class PartnersJourneyIT extends BrowserTest {

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    /** An office alone in a network of its own: its directory holds only what this test adds. */
    private String newOfficeAlone() {
        String name = unique("Office de tourisme de la Côte d’Opale");
        String network = Slugs.of(unique("reseau-opale"));
        SystemUser.run(() -> {
            accounts.registerNetwork(new Network(network, "Réseau " + name));
            accounts.createOffice(name, network, "Côte d’Opale", "Wissant");
        });
        return Slugs.of(name);
    }

    private void choose(String label, String item) {
        Locator box = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(label));
        box.click();
        Locator option = page.getByRole(
                AriaRole.OPTION, new Page.GetByRoleOptions().setName(item).setExact(true));
        option.click();
        assertThat(option).hasAttribute("aria-selected", "true");
        box.press("Escape");
    }

    private void select(Locator scope, String label, String item) {
        scope.locator("vaadin-select")
                .filter(new Locator.FilterOptions()
                        .setHas(page.locator("label").getByText(label, new Locator.GetByTextOptions().setExact(true))))
                .click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(item).setExact(true))
                .click();
    }

    @Test
    void anOfficerAddsAPartnerBuildsASegmentAndExportsIt() throws Exception {
        String office = newOfficeAlone();
        String officer = newUser(office, Role.COMMUNICATION);
        as(
                officer,
                () -> partners.create(new Partner.Draft(
                        office,
                        "Hôtel des Falaises",
                        Sector.ACCOMMODATION,
                        "Côte d’Opale",
                        "",
                        "62179",
                        "Wissant",
                        Membership.MEMBER,
                        2026,
                        null,
                        "",
                        "",
                        "",
                        List.of(new Contact(
                                "",
                                "Louise",
                                "Fontaine",
                                "Directrice",
                                "louise@hotel-falaises.example",
                                "",
                                "fr",
                                Subscription.subscribed(LegalBasis.CONTRACT, "Adhésion 2026", null))))),
                Role.COMMUNICATION);
        Locator body = page.locator("body");
        login(officer, "mot-de-passe-long");
        page.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Partenaires"))
                .click();
        assertThat(page.locator("#partners-count"))
                .hasText(
                        "1 partenaire(s) · 1 contact(s), dont 1 joignable(s) par email · 0 désinscrit(s) · 0 bloqué(s) · 0 sans email");

        click(body, "Nouveau partenaire");
        textbox(body, "Nom").fill("Auberge de la Baie");
        select(body, "Filière", "Restauration");
        textbox(body, "Commune").fill("Wissant");
        select(body, "Adhésion", "Adhérent");
        page.getByRole(AriaRole.SPINBUTTON, new Page.GetByRoleOptions().setName("Année d’adhésion"))
                .fill("2026");
        click(body, "Ajouter un contact");
        Locator contact = page.locator(".rayonne-contact-form").first();
        textbox(contact, "Prénom").fill("Oscar");
        textbox(contact, "Nom").fill("Lenoir");
        Locator role = contact.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Fonction"));
        role.fill("Chef");
        role.press("Enter");
        textbox(contact, "Email").fill("oscar@auberge");
        select(contact, "Langue préférée", "anglais");
        textbox(contact, "Source du consentement").fill("Salon des partenaires");
        click(body, "Enregistrer");
        assertThat(page.getByText(
                                "« oscar@auberge » n’est pas une adresse email valide.",
                                new Page.GetByTextOptions().setExact(false))
                        .first())
                .isVisible();
        textbox(contact, "Email").fill("oscar@auberge-baie.example");
        click(body, "Enregistrer");
        assertThat(page.getByText("« Auberge de la Baie » est enregistré.").first())
                .isVisible();
        screenshot(page, "partner-editor");

        page.navigate(url("partenaires"));
        Locator count = page.locator("#partners-count");
        assertThat(count).containsText("2 partenaire(s) · 2 contact(s)");
        choose("Filières", "Restauration");
        assertThat(count).containsText("1 partenaire(s) · 1 contact(s)");
        page.getByText("Plus de critères (adhésion, contacts)").click();
        choose("Langues", "anglais");
        assertThat(count)
                .hasText(
                        "1 partenaire(s) · 1 contact(s), dont 1 joignable(s) par email · 0 désinscrit(s) · 0 bloqué(s) · 0 sans email");
        assertThat(visibleCells(page).filter(new Locator.FilterOptions().setHasText("Auberge de la Baie")))
                .hasCount(1);
        assertThat(visibleCells(page).filter(new Locator.FilterOptions().setHasText("Hôtel des Falaises")))
                .hasCount(0);

        click(body, "Enregistrer comme segment");
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        textbox(dialog, "Nom du segment").fill("Chefs anglophones");
        click(dialog, "Enregistrer");
        assertThat(page.getByText("Segment « Chefs anglophones » enregistré.").first())
                .isVisible();
        screenshot(page, "partners-segment");

        // Another day: the segment is opened from the list, with its criteria.
        page.navigate(url("partenaires"));
        assertThat(count).containsText("2 partenaire(s)");
        select(body, "Segment", "Chefs anglophones");
        assertThat(count).containsText("1 partenaire(s) · 1 contact(s)");

        var download = page.waitForDownload(() -> click(body, "Exporter les contacts (CSV)"));
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(csv)
                .startsWith("\uFEFFNom;Filière;Office;")
                .contains("Auberge de la Baie;Restauration;")
                .contains(
                        ";Oscar;Lenoir;Chef;oscar@auberge-baie.example;;anglais;Abonné;Consentement;Salon des partenaires;"
                                + LocalDate.now(java.time.ZoneId.of("Europe/Paris")))
                .doesNotContain("Falaises");
    }
}
