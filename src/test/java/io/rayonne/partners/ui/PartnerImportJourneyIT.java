package io.rayonne.partners.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
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
import io.rayonne.partners.SegmentCriteria;
import io.rayonne.partners.Subscription;
import io.rayonne.testing.BrowserTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A communication officer imports the members' spreadsheet, saved by an old Excel (Windows
 * encoding, semicolons, a semicolon inside a quoted name): the columns are recognised but one,
 * which she gives to the notes; a dry run says what would happen and writes nothing; the import
 * itself creates the new partners, updates the one already there, and refuses two rows whose
 * reasons she reads and downloads.
 */
class PartnerImportJourneyIT extends BrowserTest {

    private static final Charset WINDOWS = Charset.forName("windows-1252");

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    private String newOfficeAlone() {
        String name = unique("Office de tourisme des Deux Caps");
        String network = Slugs.of(unique("reseau-deux-caps"));
        SystemUser.run(() -> {
            accounts.registerNetwork(new Network(network, "Réseau " + name));
            accounts.createOffice(name, network, "Côte d’Opale", "Audinghen");
        });
        return Slugs.of(name);
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
    void anOfficerImportsTheMembersSpreadsheetAndReadsTheReport() throws Exception {
        String office = newOfficeAlone();
        String officer = newUser(office, Role.COMMUNICATION);
        as(
                officer,
                () -> partners.create(new Partner.Draft(
                        office,
                        "Hôtel des Falaises",
                        Sector.ACCOMMODATION,
                        "",
                        "",
                        "62179",
                        "Wissant",
                        Membership.NOT_MEMBER,
                        null,
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
                                Subscription.subscribed(LegalBasis.CONTRACT, "Adhésion 2025", null))))),
                Role.COMMUNICATION);
        String csv = "Raison sociale;Filière;CP;Commune;Adhérent;Prénom;Nom du contact;E-mail;Remarques internes\r\n"
                + "\"Gîte « Le Blockhaus »; vue mer\";Hébergement;62179;Audinghen;oui;Marc;Delattre;marc@gite-blockhaus.example;Ouvert toute l’année\r\n"
                + "Hôtel des Falaises;Hébergement;62179;Wissant;oui;Louise;Fontaine;louise@hotel-falaises.example;Adhère depuis 2026\r\n"
                + "Crêperie du Cap;Restauration;62179;Audinghen;non;Anaïs;Lefèvre;anais@creperie;\r\n"
                + "Brasserie des Dunes;Boulangerie industrielle;62179;Wissant;non;Paul;Caron;paul@brasserie-dunes.example;\r\n"
                + "Musée du Mur de l’Atlantique;Culture;62179;Audinghen;oui;Élise;Noël;elise@musee-mur.example;\r\n";
        Locator body = page.locator("body");
        login(officer, "mot-de-passe-long");
        page.navigate(url("partenaires"));
        click(body, "Importer un fichier");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Importer des partenaires")))
                .isVisible();

        page.locator("vaadin-upload input[type=file]")
                .setInputFiles(new FilePayload("adherents-2026.csv", "text/csv", csv.getBytes(WINDOWS)));
        assertThat(page.locator("#import-file"))
                .hasText("« adherents-2026.csv » : 5 ligne(s) de partenaires, 9 colonne(s).");
        Locator preview = page.locator("#import-preview");
        // Read as Windows text, the accents are right; the semicolon inside the quoted name stays in it.
        assertThat(preview.getByText("Gîte « Le Blockhaus »; vue mer")).isVisible();
        assertThat(preview.getByText("Élise")).isVisible();

        // The column Rayonne does not recognise is given to the notes.
        Locator mapping = page.locator("#import-mapping");
        select(mapping, "Remarques internes", "Notes");
        assertThat(preview.getByText("Ouvert toute l’année")).isVisible();

        click(body, "Essayer sans rien enregistrer");
        Locator summary = page.locator("#import-summary");
        assertThat(summary)
                .hasText(
                        "5 ligne(s) lue(s) : 3 seraient acceptée(s) (2 partenaire(s) à créer, 1 à mettre à jour, 0 déjà à jour), 2 refusée(s).");
        assertThat(page.getByText("Essai terminé : rien n’a été enregistré")).isVisible();
        assertThat(as(
                                officer,
                                () -> partners.count(SegmentCriteria.everyone().withOffices(java.util.Set.of(office))),
                                Role.COMMUNICATION)
                        .partners())
                .isEqualTo(1);

        click(body, "Importer");
        assertThat(summary)
                .hasText(
                        "5 ligne(s) lue(s) : 3 acceptée(s) (2 partenaire(s) créé(s), 1 mis à jour, 0 déjà à jour), 2 refusée(s).");
        Locator refused = page.locator("#import-refused");
        assertThat(refused.getByText(
                        "« anais@creperie » n’est pas une adresse email valide.",
                        new Locator.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(refused.getByText(
                        "« Boulangerie industrielle » n’est pas une filière",
                        new Locator.GetByTextOptions().setExact(false)))
                .isVisible();
        page.locator("#import-report").scrollIntoViewIfNeeded();
        screenshot(page, "partner-import-report");

        var download = page.waitForDownload(() -> click(body, "Télécharger les lignes refusées (CSV)"));
        String report = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(report)
                .startsWith("\uFEFFLigne;Pourquoi;Contenu de la ligne")
                .contains("4;« anais@creperie » n’est pas une adresse email valide.")
                .contains("Brasserie des Dunes");

        // The directory now holds three partners; the hotel was updated, not doubled.
        page.getByText("Voir l’annuaire des partenaires").click();
        assertThat(page.locator("#partners-count")).containsText("3 partenaire(s) · 3 contact(s)");
        Partner hotel = as(
                officer,
                () -> partners.find(SegmentCriteria.everyone().withOffices(java.util.Set.of(office)), 0, 10).stream()
                        .filter(p -> p.name().equals("Hôtel des Falaises"))
                        .findFirst()
                        .orElseThrow(),
                Role.COMMUNICATION);
        assertThat(hotel.membership()).isEqualTo(Membership.MEMBER);
        assertThat(hotel.notes()).isEqualTo("Adhère depuis 2026");
        assertThat(hotel.contacts()).hasSize(1);
    }
}
