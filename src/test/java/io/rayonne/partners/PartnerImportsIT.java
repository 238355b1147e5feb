package io.rayonne.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.SystemUser;
import io.rayonne.base.CsvFile;
import io.rayonne.base.Slugs;
import io.rayonne.testing.IntegrationTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Imports on the real store: rows accepted or refused with their reasons, partners matched and updated, never doubled. */
class PartnerImportsIT extends IntegrationTest {

    @Autowired
    PartnerImports imports;

    @Autowired
    Partners partners;

    @Autowired
    Accounts accounts;

    private String newOffice() {
        String name = unique("Office de tourisme d’import");
        SystemUser.run(() -> accounts.createOffice(name, "somme", "Baie de Somme", "Le Crotoy"));
        return Slugs.of(name);
    }

    private ImportOptions options(String office, boolean dryRun) {
        return new ImportOptions(
                office,
                Sector.OTHER,
                LegalBasis.LEGITIMATE_INTEREST,
                "Fichier de l’office",
                LocalDate.of(2026, 11, 30),
                dryRun);
    }

    private ImportReport importCsv(String writer, byte[] content, ImportOptions options) {
        CsvFile file = CsvFile.read(
                content,
                CsvFile.detectCharset(content),
                CsvFile.detectSeparator(CsvFile.decode(content, CsvFile.detectCharset(content))));
        var mapping = CsvImport.guess(file.header());
        return as(
                writer,
                () -> imports.run(
                        CsvImport.rows(file, mapping), options, CsvImport.ignored(file.header(), mapping), n -> {}),
                Role.COMMUNICATION);
    }

    private List<Partner> of(String writer, String office) {
        return as(
                writer,
                () -> partners.find(SegmentCriteria.everyone().withOffices(Set.of(office)), 0, 100),
                Role.COMMUNICATION);
    }

    @Test
    void aSpreadsheetIsCheckedByADryRunThenImportedAndAgainWithoutDoubling() {
        String office = newOffice();
        String writer = newUser(office, Role.COMMUNICATION);
        String text =
                "Raison sociale;Filière;Code postal;Commune;Adhérent;Prénom;Nom du contact;Fonction;E-mail;Langue;Remarque\r\n"
                        + "\"Le \"\"Bistrot\"\" du port; cave\";Restaurant;80550;Le Crotoy;oui;Jeanne;Roy;Chef;jeanne@bistrot.example;fr;\"vue sur la baie; terrasse\"\r\n"
                        + "\"Le \"\"Bistrot\"\" du port; cave\";Restaurant;80550;Le Crotoy;oui;Tom;Baker;Salle;tom@bistrot.example;anglais;\r\n"
                        + "Hôtel de la Baie;Hôtel 3*;80550;Le Crotoy;non;Luc;Martin;Gérant;luc@hotel-baie;fr;\r\n"
                        + ";Loisirs;80550;Le Crotoy;;;;;;;\r\n"
                        + "Spa des dunes;Bien-être;80550;Le Crotoy;;;;;;;\r\n"
                        + "Phare de la pointe;Patrimoine;80550;Le Crotoy;ancien;;;;;;\r\n";
        byte[] excel = text.getBytes(Charset.forName("windows-1252"));

        ImportReport dry = importCsv(writer, excel, options(office, true));
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.rows()).isEqualTo(6);
        assertThat(dry.accepted()).isEqualTo(3);
        assertThat(dry.created()).isEqualTo(2);
        assertThat(dry.refused())
                .extracting(r -> r.row() + ":" + r.problems().get(0).key())
                .containsExactly(
                        "4:partners.error.email-invalid",
                        "5:partners.error.name-required",
                        "6:partners.import.error.sector-unknown");
        assertThat(dry.ignoredFields()).containsExactly("Remarque");
        assertThat(of(writer, office)).as("a dry run writes nothing").isEmpty();

        ImportReport done = importCsv(writer, excel, options(office, false));
        assertThat(done.accepted()).isEqualTo(3);
        assertThat(done.created()).isEqualTo(2);
        List<Partner> found = of(writer, office);
        assertThat(found)
                .extracting(Partner::name)
                .containsExactly("Le \"Bistrot\" du port; cave", "Phare de la pointe");
        Partner bistrot = found.get(0);
        assertThat(bistrot.sector()).isEqualTo(Sector.FOOD);
        assertThat(bistrot.membership()).isEqualTo(Membership.MEMBER);
        assertThat(bistrot.contacts())
                .extracting(Contact::displayName, Contact::language, c -> c.subscription()
                        .basis())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Jeanne Roy", "fr", LegalBasis.LEGITIMATE_INTEREST),
                        org.assertj.core.groups.Tuple.tuple("Tom Baker", "en", LegalBasis.LEGITIMATE_INTEREST));
        assertThat(found.get(1).membership()).isEqualTo(Membership.FORMER);

        // Tom unsubscribed meanwhile; the file comes again with Jeanne's new role and a new hotel email.
        Partner current = as(writer, () -> partners.get(bistrot.id()), Role.COMMUNICATION);
        Contact tom = current.contacts().get(1);
        Contact unsubscribed = new Contact(
                tom.id(),
                tom.firstName(),
                tom.lastName(),
                tom.role(),
                tom.email(),
                tom.phone(),
                tom.language(),
                tom.subscription().withState(SubscriptionState.UNSUBSCRIBED, java.time.Instant.now()));
        as(
                writer,
                () -> partners.update(
                        current.id(),
                        current.revision(),
                        new Partner.Draft(
                                current.officeId(),
                                current.name(),
                                current.sector(),
                                current.territory(),
                                current.street(),
                                current.postalCode(),
                                current.city(),
                                current.membership(),
                                current.membershipYear(),
                                current.apidaeId(),
                                current.website(),
                                current.phone(),
                                current.notes(),
                                List.of(current.contacts().get(0), unsubscribed))),
                Role.COMMUNICATION);
        String again = text.replace("Jeanne;Roy;Chef", "Jeanne;Roy;Cheffe")
                .replace("luc@hotel-baie", "luc@hotel-baie.example");
        ImportReport second =
                importCsv(writer, again.getBytes(Charset.forName("windows-1252")), options(office, false));
        assertThat(second.created()).isEqualTo(1);
        assertThat(second.updated()).isEqualTo(1);
        assertThat(second.unchanged())
                .as("the lighthouse's row is as the directory has it")
                .isEqualTo(1);
        List<Partner> after = of(writer, office);
        assertThat(after)
                .extracting(Partner::name)
                .containsExactly("Hôtel de la Baie", "Le \"Bistrot\" du port; cave", "Phare de la pointe");
        assertThat(after.get(2).revision())
                .as("a partner left alone keeps its version, so nobody's open edit goes stale")
                .isEqualTo(found.get(1).revision());
        assertThat(after.get(1).contacts())
                .extracting(Contact::role, c -> c.subscription().state())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Cheffe", SubscriptionState.SUBSCRIBED),
                        org.assertj.core.groups.Tuple.tuple("Salle", SubscriptionState.UNSUBSCRIBED));
    }

    @Test
    void anApidaeExportIsReadWithItsContactsAndIllustrationsAndItsUnknownPartsAreNamed() {
        String office = newOffice();
        String writer = newUser(office, Role.COMMUNICATION);
        String json =
                """
                {"numFound": 2, "objetsTouristiques": [
                  {"id": 4815162, "type": "HOTELLERIE",
                   "nom": {"libelleFr": "Hôtel des Courlis", "libelleEn": "Curlew Hotel"},
                   "localisation": {"adresse": {"adresse1": "3 quai Léonard", "codePostal": "80550",
                                                "commune": {"id": 1234, "code": "80254", "nom": "Le Crotoy"}},
                                    "geolocalisation": {"geoJson": {"type": "Point", "coordinates": [1.61, 50.21]}}},
                   "informations": {"moyensCommunication": [
                      {"type": {"id": 201, "libelleFr": "Téléphone"}, "coordonnees": {"fr": "03 22 27 00 00"}},
                      {"type": {"id": 205, "libelleFr": "Site web (URL)"}, "coordonnees": {"fr": "https://courlis.example"}}]},
                   "contacts": [{"referent": true, "nom": "Lefort", "prenom": "Anne", "fonction": {"libelleFr": "Directrice"},
                                 "moyensCommunication": [{"type": {"id": 204, "libelleFr": "Mél"}, "coordonnees": {"fr": "anne@courlis.example"}}]}],
                   "illustrations": [{"type": "IMAGE", "nom": {"libelleFr": "La façade"}, "copyright": {"libelleFr": "Hôtel des Courlis"},
                                      "traductionFichiers": [{"locale": "fr", "url": "https://static.example/courlis.jpg"}]}],
                   "ouverture": {"periodesOuvertures": []},
                   "descriptionTarif": {"gratuit": false}},
                  {"id": 4815163, "type": "PATRIMOINE_CULTUREL", "nom": {"libelleEn": "Saint-Pierre church"},
                   "localisation": {"adresse": {"codePostal": "80550", "commune": {"nom": "Le Crotoy"}}}}
                ]}""";
        ApidaeImport.Read read = ApidaeImport.read(json.getBytes(StandardCharsets.UTF_8));
        assertThat(read.ignoredFields()).containsExactly("descriptionTarif", "ouverture");
        ImportReport report = as(
                writer,
                () -> imports.run(read.rows(), options(office, false), read.ignoredFields(), n -> {}),
                Role.COMMUNICATION);
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.refused()).isEmpty();
        List<Partner> found = of(writer, office);
        assertThat(found).extracting(Partner::name).containsExactly("Hôtel des Courlis", "Saint-Pierre church");
        Partner hotel = found.get(0);
        assertThat(hotel.apidaeId()).isEqualTo("4815162");
        assertThat(hotel.sector()).isEqualTo(Sector.ACCOMMODATION);
        assertThat(hotel.address()).isEqualTo("3 quai Léonard, 80550 Le Crotoy");
        assertThat(hotel.website()).isEqualTo("https://courlis.example");
        assertThat(hotel.illustrations())
                .containsExactly(new Partner.Illustration("https://static.example/courlis.jpg", "Hôtel des Courlis"));
        assertThat(hotel.contacts()).singleElement().satisfies(c -> {
            assertThat(c.displayName()).isEqualTo("Anne Lefort");
            assertThat(c.role()).isEqualTo("Directrice");
            assertThat(c.email()).isEqualTo("anne@courlis.example");
        });

        // The next export, renamed: matched on its Apidae number, not doubled.
        ApidaeImport.Read renamed = ApidaeImport.read(
                json.replace("Hôtel des Courlis\"", "Hôtel Les Courlis\"").getBytes(StandardCharsets.UTF_8));
        ImportReport second = as(
                writer,
                () -> imports.run(renamed.rows(), options(office, false), List.of(), n -> {}),
                Role.COMMUNICATION);
        assertThat(second.created()).isZero();
        assertThat(second.updated()).as("the hotel renamed").isEqualTo(1);
        assertThat(second.unchanged()).as("the church as it was").isEqualTo(1);
        assertThat(of(writer, office))
                .extracting(Partner::name)
                .containsExactly("Hôtel Les Courlis", "Saint-Pierre church");

        assertThatThrownBy(() -> ApidaeImport.read("{\"partenaires\": [1, 2".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ApidaeImport.UnreadableException.class, e -> assertThat(e.getMessage())
                        .startsWith("Le fichier n’est pas du JSON lisible"));
        assertThatThrownBy(() -> ApidaeImport.read("[{\"x\": 1}]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ApidaeImport.UnreadableException.class);
        String other = newUser("amiens-metropole", Role.COMMUNICATION);
        assertThatThrownBy(() -> as(
                        other,
                        () -> imports.run(read.rows(), options(office, false), List.of(), n -> {}),
                        Role.COMMUNICATION))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
