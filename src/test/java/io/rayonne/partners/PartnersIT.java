package io.rayonne.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.SystemUser;
import io.rayonne.base.NotFoundException;
import io.rayonne.base.Slugs;
import io.rayonne.base.StaleEditException;
import io.rayonne.testing.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The partner directory on the real store: a partner and its contacts saved as one, rights, segments counted. */
class PartnersIT extends IntegrationTest {

    @Autowired
    Partners partners;

    @Autowired
    Segments segments;

    @Autowired
    Accounts accounts;

    /** An office of its own in the Somme network, so that counts see only this test's partners. */
    private String newOffice() {
        String name = unique("Office de tourisme d’essai");
        String id = Slugs.of(name);
        SystemUser.run(() -> accounts.createOffice(name, "somme", "Baie de Somme", "Saint-Valery"));
        return id;
    }

    static Contact contact(String first, String last, String role, String email, String language) {
        return new Contact(
                "",
                first,
                last,
                role,
                email,
                "",
                language,
                Subscription.subscribed(LegalBasis.CONSENT, "Salon des partenaires", LocalDate.of(2026, 3, 12)));
    }

    static Partner.Draft draft(String officeId, String name, Sector sector, List<Contact> contacts) {
        return new Partner.Draft(
                officeId,
                name,
                sector,
                "Baie de Somme",
                "1 quai Jeanne-d’Arc",
                "80230",
                "Saint-Valery-sur-Somme",
                Membership.MEMBER,
                2026,
                null,
                "https://www.exemple.fr",
                "03 22 60 00 00",
                "",
                contacts);
    }

    @Test
    void aPartnerAndItsContactsAreSavedTogetherOverTheVersionRead() {
        String office = newOffice();
        String writer = newUser(office, Role.COMMUNICATION);
        Partner created = as(
                writer,
                () -> partners.create(draft(
                        office,
                        "Hôtel du Port",
                        Sector.ACCOMMODATION,
                        List.of(
                                contact("Claire", "Vasseur", "Directrice", "claire@hotel-du-port.fr", "fr"),
                                contact("Tom", "Evans", "Réception", "tom@hotel-du-port.fr", "en")))),
                Role.COMMUNICATION);
        assertThat(created.contacts())
                .extracting(Contact::id)
                .doesNotContain("")
                .doesNotHaveDuplicates();
        assertThat(created.address()).isEqualTo("1 quai Jeanne-d’Arc, 80230 Saint-Valery-sur-Somme");

        List<Contact> fewer = List.of(created.contacts().get(0));
        Partner updated = as(
                writer,
                () -> partners.update(
                        created.id(), created.revision(), draft(office, "Hôtel du Port", Sector.ACCOMMODATION, fewer)),
                Role.COMMUNICATION);
        assertThat(updated.contacts()).singleElement().satisfies(c -> assertThat(c.id())
                .isEqualTo(created.contacts().get(0).id()));
        assertThatThrownBy(() -> as(
                        writer,
                        () -> partners.update(
                                created.id(),
                                created.revision(),
                                draft(office, "Hôtel du Vieux Port", Sector.ACCOMMODATION, fewer)),
                        Role.COMMUNICATION))
                .as("saved over a version someone saved since")
                .isInstanceOf(StaleEditException.class);

        assertThatThrownBy(() -> as(
                        writer,
                        () -> partners.create(draft(
                                office,
                                " ",
                                Sector.FOOD,
                                List.of(
                                        contact("Léo", "Martin", "Chef", "leo@", "fr"),
                                        contact("Léo", "Martin", "Chef", "LEO@bistrot.fr", "fr"),
                                        contact("Anne", "Roy", "", "leo@bistrot.fr", "xx"),
                                        new Contact(
                                                "",
                                                "Paul",
                                                "",
                                                "",
                                                "paul@bistrot.fr",
                                                "",
                                                "fr",
                                                Subscription.subscribed(LegalBasis.CONSENT, "", null))))),
                        Role.COMMUNICATION))
                .isInstanceOfSatisfying(InvalidPartnerException.class, e -> assertThat(e.problems())
                        .extracting(Partner.Problem::key)
                        .containsExactly(
                                "partners.error.name-required",
                                "partners.error.email-invalid",
                                "partners.error.language-unknown",
                                "partners.error.email-twice",
                                "partners.error.consent-incomplete"));
    }

    /** A try of a save whose earlier try was written, its answer lost (decision 13). */
    @Test
    void aPartnerSavedAgainAfterALostAnswerIsCompletedNotDoubledNorCalledADuplicate() {
        String office = newOffice();
        String writer = newUser(office, Role.COMMUNICATION);
        var claire = contact("Claire", "Vasseur", "Directrice", "claire@hotel-de-la-baie.fr", "fr");
        var draft = draft(office, "Hôtel de la Baie", Sector.ACCOMMODATION, List.of(claire));
        String id = Partners.newId(draft.name());
        Partner first = as(writer, () -> partners.create(id, draft), Role.COMMUNICATION);
        var tom = contact("Tom", "Evans", "Réception", "tom@hotel-de-la-baie.fr", "en");
        Partner again = as(
                writer,
                () -> partners.create(
                        id, draft(office, "Hôtel de la Baie", Sector.ACCOMMODATION, List.of(claire, tom))),
                Role.COMMUNICATION);
        assertThat(again.contacts()).extracting(Contact::email).containsExactly(claire.email(), tom.email());
        assertThat(again.contacts().get(0).id())
                .as("the contact the first try wrote keeps its id (its links)")
                .isEqualTo(first.contacts().get(0).id());
        assertThat(as(writer, () -> partners.namedIn(java.util.Set.of(office), "Hôtel de la Baie"), Role.COMMUNICATION))
                .extracting(Partner::id)
                .containsExactly(id);
        assertThatThrownBy(() ->
                        as(newUser(office, Role.COMMUNICATION), () -> partners.create(id, draft), Role.COMMUNICATION))
                .as("a partner someone else saved is not taken over by its id")
                .isInstanceOf(io.rayonne.base.AlreadyExistsException.class);

        SegmentCriteria hotels = SegmentCriteria.everyone().withOffices(Set.of(office));
        String segmentId = as(writer, () -> segments.newId("Les hôtels"), Role.COMMUNICATION);
        as(writer, () -> segments.create(segmentId, "Les hôtels", SegmentCriteria.everyone()), Role.COMMUNICATION);
        Segment segment =
                as(writer, () -> segments.create(segmentId, "Les hôtels de la baie", hotels), Role.COMMUNICATION);
        assertThat(segment.criteria()).isEqualTo(hotels);
        assertThat(as(writer, segments::all, Role.COMMUNICATION))
                .filteredOn(s -> s.name().startsWith("Les hôtels"))
                .extracting(Segment::id)
                .containsExactly(segmentId);
    }

    @Test
    void theNetworkReadsTheOfficeWritesAndOthersSeeNothing() {
        String office = newOffice();
        String writer = newUser(office, Role.COMMUNICATION);
        Partner partner = as(
                writer,
                () -> partners.create(draft(office, "Musée Picarvie", Sector.CULTURE, List.of())),
                Role.COMMUNICATION);
        String amiens = newUser("amiens-metropole", Role.COMMUNICATION);
        assertThat(as(amiens, () -> partners.get(partner.id()).name(), Role.COMMUNICATION))
                .isEqualTo("Musée Picarvie");
        assertThatThrownBy(() -> as(
                        amiens,
                        () -> partners.update(partner.id(), partner.revision(), partner.draft()),
                        Role.COMMUNICATION))
                .isInstanceOf(AccessDeniedException.class);
        String lille = newUser("lille", Role.COMMUNICATION);
        assertThatThrownBy(() -> as(lille, () -> partners.get(partner.id()), Role.COMMUNICATION))
                .isInstanceOf(NotFoundException.class);
        String press = newUser(office, Role.PRESS);
        assertThatThrownBy(() -> as(press, () -> partners.get(partner.id()), Role.PRESS))
                .isInstanceOf(AccessDeniedException.class);
        String guide = newGuide();
        assertThatThrownBy(() -> as(guide, () -> partners.count(SegmentCriteria.everyone()), Role.GUIDE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSegmentCountsItsContactsAndWhoABulletinWouldReach() {
        String office = newOffice();
        String writer = newUser(office, Role.COMMUNICATION);
        Contact unsubscribed = new Contact(
                "",
                "Jeanne",
                "Caron",
                "Chef",
                "jeanne@restaurant-baie.fr",
                "",
                "fr",
                new Subscription(
                        SubscriptionState.UNSUBSCRIBED, LegalBasis.CONTRACT, "Adhésion", null, null, Set.of()));
        Contact noEmail = new Contact(
                "",
                "Marc",
                "Dupuis",
                "Chef",
                "",
                "06 11 22 33 44",
                "fr",
                Subscription.subscribed(LegalBasis.CONTRACT, "Adhésion", null));
        as(
                writer,
                () -> {
                    partners.create(draft(
                            office,
                            "Restaurant de la Baie",
                            Sector.FOOD,
                            List.of(
                                    contact("Inès", "Leroy", "Chef", "ines@restaurant-baie.fr", "fr"),
                                    contact("Sam", "Hill", "Salle", "sam@restaurant-baie.fr", "en"),
                                    unsubscribed)));
                    partners.create(draft(
                            office,
                            "Les Salines",
                            Sector.FOOD,
                            List.of(contact("Eva", "Brun", "Chef", "eva@salines.fr", "en"), noEmail)));
                    return partners.create(draft(
                            office,
                            "Camping des Dunes",
                            Sector.ACCOMMODATION,
                            List.of(contact("Noé", "Petit", "Gérant", "noe@dunes.fr", "fr"))));
                },
                Role.COMMUNICATION);

        SegmentCriteria everyone = SegmentCriteria.everyone().withOffices(Set.of(office));
        assertThat(as(writer, () -> partners.count(everyone), Role.COMMUNICATION))
                .isEqualTo(new SegmentCount(3, 6, 4, 1, 0, 1));

        SegmentCriteria chefs = new SegmentCriteria(
                "",
                Set.of(office),
                Set.of(Sector.FOOD),
                Set.of(),
                Set.of(),
                Set.of(),
                null,
                SegmentCriteria.Apidae.ANY,
                Set.of("Chef"),
                Set.of(),
                Set.of(),
                Set.of());
        assertThat(as(writer, () -> partners.count(chefs), Role.COMMUNICATION))
                .isEqualTo(new SegmentCount(2, 4, 2, 1, 0, 1));
        List<String> found = new ArrayList<>();
        as(
                writer,
                () -> {
                    partners.forEachRecipient(chefs, r -> found.add(r.contact().displayName()));
                    return null;
                },
                Role.COMMUNICATION);
        assertThat(found).containsExactlyInAnyOrder("Inès Leroy", "Jeanne Caron", "Eva Brun", "Marc Dupuis");

        SegmentCriteria englishChefs = new SegmentCriteria(
                "",
                Set.of(office),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                null,
                SegmentCriteria.Apidae.ANY,
                Set.of("Chef"),
                Set.of("en"),
                Set.of(),
                Set.of());
        // The English speaker of the restaurant is not its chef: one person must be both.
        assertThat(as(writer, () -> partners.count(englishChefs), Role.COMMUNICATION))
                .isEqualTo(new SegmentCount(1, 1, 1, 0, 0, 0));

        SegmentCriteria byName = new SegmentCriteria(
                "salin",
                Set.of(office),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                null,
                SegmentCriteria.Apidae.ANY,
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of());
        assertThat(as(writer, () -> partners.find(byName, 0, 10), Role.COMMUNICATION))
                .extracting(Partner::name)
                .containsExactly("Les Salines");

        Segment saved = as(writer, () -> segments.create("Les chefs de la baie", chefs), Role.COMMUNICATION);
        assertThat(as(writer, () -> segments.get(saved.id()).criteria(), Role.COMMUNICATION))
                .isEqualTo(chefs);
        assertThat(as(writer, () -> partners.values(Partners.Field.ROLE), Role.COMMUNICATION))
                .contains("Chef", "Salle", "Gérant");
    }
}
