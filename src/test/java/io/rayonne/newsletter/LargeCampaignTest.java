package io.rayonne.newsletter;

import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.Network;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.SystemUser;
import io.rayonne.base.Slugs;
import io.rayonne.partners.ImportField;
import io.rayonne.partners.ImportOptions;
import io.rayonne.partners.ImportRow;
import io.rayonne.partners.LegalBasis;
import io.rayonne.partners.PartnerImports;
import io.rayonne.partners.Sector;
import io.rayonne.partners.Segment;
import io.rayonne.partners.SegmentCriteria;
import io.rayonne.partners.Segments;
import io.rayonne.testing.IntegrationTest;
import io.rayonne.testing.MailjetEmulator;
import io.rayonne.testing.MailjetIntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;

/** Base of the commands that send one issue to many partners: an office, its partners, a segment, an issue. */
abstract class LargeCampaignTest extends IntegrationTest {

    static final MailjetEmulator MAILJET = MailjetIntegrationTest.MAILJET;

    /** Mailjet's emulator, batches as in production; whether this JVM sends is the subclass's say. */
    @org.springframework.test.context.DynamicPropertySource
    static void mailjet(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("rayonne.mail.mailjet.api-key", () -> MailjetEmulator.API_KEY);
        registry.add("rayonne.mail.mailjet.secret-key", () -> MailjetEmulator.SECRET);
        registry.add("rayonne.mail.mailjet.base-url", () -> MAILJET.url().toString());
    }

    @Autowired
    Accounts accounts;

    @Autowired
    PartnerImports imports;

    @Autowired
    Segments segments;

    @Autowired
    Bulletins bulletins;

    @Autowired
    Campaigns campaigns;

    /** What was made: who sends, to whom, what. */
    record Prepared(String officer, Segment everyone, Bulletin issue) {}

    /** The address of recipient number {@code i} of a run labelled {@code label}. */
    static String email(String label, int i) {
        return "contact" + i + "@" + label + ".example";
    }

    /** An office of its own with {@code recipients} partners (one subscribed contact each), imported. */
    Prepared prepare(String label, int recipients, List<Block> blocks) {
        String name = unique("Office de tourisme Banc d’essai " + label);
        String network = Slugs.of(unique("reseau-" + label));
        SystemUser.run(() -> {
            accounts.registerNetwork(new Network(network, "Réseau " + name));
            accounts.createOffice(name, network, "Somme", "Amiens");
        });
        String office = Slugs.of(name);
        String officer = newUser(office, Role.COMMUNICATION);
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < recipients; i++) {
            Map<ImportField, String> v = new EnumMap<>(ImportField.class);
            v.put(ImportField.NAME, "Partenaire n°" + i);
            v.put(ImportField.POSTAL_CODE, "80000");
            v.put(ImportField.CITY, "Amiens");
            v.put(ImportField.CONTACT_FIRST_NAME, "Prénom" + i);
            v.put(ImportField.CONTACT_LAST_NAME, "Nom" + i);
            v.put(ImportField.CONTACT_EMAIL, email(label, i));
            rows.add(new ImportRow(i + 2, v, ""));
        }
        Segment everyone = as(
                officer,
                () -> {
                    imports.run(
                            rows,
                            new ImportOptions(
                                    office,
                                    Sector.ACCOMMODATION,
                                    LegalBasis.CONTRACT,
                                    "Banc d’essai",
                                    LocalDate.of(2026, 1, 1),
                                    false),
                            List.of(),
                            n -> {});
                    return segments.create(
                            unique("Tous"), SegmentCriteria.everyone().withOffices(Set.of(office)));
                },
                Role.COMMUNICATION);
        Bulletin issue = as(
                officer,
                () -> {
                    Bulletin b = bulletins.create(
                            office,
                            BulletinTemplate.MONTHLY,
                            new Bulletin.Draft(
                                    "Back Office",
                                    "Banc d’essai " + label,
                                    LocalDate.of(2026, 12, 1),
                                    "fr",
                                    List.of()));
                    List<Section> sections = new ArrayList<>();
                    for (Section s : b.sections()) {
                        List<Block> own = blocks.stream()
                                .map(block -> renamed(block, s.id()))
                                .toList();
                        sections.add(new Section(s.id(), s.title(), own));
                    }
                    return bulletins.update(
                            b.id(), b.revision(), new Bulletin.Draft(b.name(), b.title(), b.date(), "fr", sections));
                },
                Role.COMMUNICATION);
        return new Prepared(officer, everyone, issue);
    }

    private static Block renamed(Block block, String sectionId) {
        if (block instanceof Block.Text t) {
            return new Block.Text(sectionId + "-" + t.id(), t.markdown());
        }
        if (block instanceof Block.KeyFigure f) {
            return new Block.KeyFigure(sectionId + "-" + f.id(), f.number(), f.caption());
        }
        return block;
    }

    Campaign.Progress progress(Prepared p) {
        return as(p.officer(), () -> campaigns.progress(p.issue().id()), Role.COMMUNICATION);
    }

    void send(Prepared p) {
        as(
                p.officer(),
                () -> campaigns.send(p.issue().id(), List.of(p.everyone().id()), null),
                Role.COMMUNICATION);
    }
}
