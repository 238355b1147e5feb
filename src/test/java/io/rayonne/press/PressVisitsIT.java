package io.rayonne.press;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rayonne.accounts.Role;
import io.rayonne.base.StaleEditException;
import io.rayonne.mail.internal.MailAdministration;
import io.rayonne.testing.IntegrationTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Press visits on the real store: validation, stale edits, saturation across a network, the programme email. */
class PressVisitsIT extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    @Autowired
    PressVisits visits;

    @Autowired
    ProgrammeMails mails;

    @Autowired
    Journalists journalists;

    @Autowired
    Outlets outlets;

    @Autowired
    Coverage coverage;

    @Autowired
    MailAdministration mailAdministration;

    private static PressVisit.Draft draft(
            String subject,
            VisitStatus status,
            LocalDate start,
            LocalDate end,
            List<String> journalistIds,
            List<CoOrganiser> coOrganisers,
            List<ProgrammeItem> programme) {
        return new PressVisit.Draft(
                subject,
                "",
                VisitOrigin.PROPOSED,
                status,
                journalistIds,
                List.of(),
                start,
                end,
                coOrganisers,
                programme,
                null,
                null,
                "");
    }

    private static ProgrammeItem item(LocalDate day, String title, String partner, String email, Long cost) {
        return new ProgrammeItem(
                PressVisits.newItemId(),
                day,
                LocalTime.of(10, 0),
                ProgrammeItem.Kind.VISIT,
                title,
                partner,
                "",
                email,
                cost == null,
                cost);
    }

    private String journalist(String login) {
        String name = "Qzx " + unique("Journaliste");
        return as(
                        login,
                        () -> journalists.create(
                                new Journalist.Draft(
                                        name, "", List.of(), Set.of(), Set.of(), Set.of(), "", "", "", "", null),
                                true),
                        Role.PRESS)
                .id();
    }

    /** Tries of a save whose earlier try was written, its answer lost (decision 13). */
    @Test
    void aVisitAndItsCoverageSavedAgainAfterALostAnswerAreCompletedNotDoubled() {
        String press = newUser("amiens-metropole", Role.PRESS);
        String subject = unique("Perret et la reconstruction");
        var draft = draft(subject, VisitStatus.IDEA, null, null, List.of(), List.of(), List.of());
        String id = as(press, () -> visits.newId(draft), Role.PRESS);
        PressVisit first = as(press, () -> visits.create(id, draft), Role.PRESS);
        assertThat(as(press, () -> visits.create(id, draft), Role.PRESS).revision())
                .as("the same details again are the same visit")
                .isEqualTo(first.revision());
        var retyped = draft(
                subject,
                VisitStatus.PROPOSED,
                TODAY.plusWeeks(8),
                TODAY.plusWeeks(8).plusDays(1),
                List.of(),
                List.of(),
                List.of());
        assertThat(as(press, () -> visits.create(id, retyped), Role.PRESS).status())
                .isEqualTo(VisitStatus.PROPOSED);
        assertThat(as(press, visits::mine, Role.PRESS))
                .filteredOn(v -> v.subject().equals(subject))
                .extracting(PressVisit::id)
                .containsExactly(id);
        assertThatThrownBy(
                        () -> as(newUser("amiens-metropole", Role.PRESS), () -> visits.create(id, draft), Role.PRESS))
                .as("a visit someone else saved is not taken over by its id")
                .isInstanceOf(io.rayonne.base.AlreadyExistsException.class);

        Outlet outlet = as(
                press,
                () -> outlets.create(
                        new Outlet.Draft(unique("Le Courrier picard"), OutletKind.DAILY, "FR", "fr", 50_000L, "")),
                Role.PRESS);
        var item = new CoverageItem.Draft(
                id,
                outlet.id(),
                null,
                TODAY.minusDays(2),
                unique("Amiens, la ville Perret"),
                "fr",
                "FR",
                Medium.PRINT,
                1.0,
                null,
                "",
                50_000L,
                Tone.POSITIVE,
                null,
                "");
        String itemId = as(press, () -> coverage.newId(item), Role.PRESS);
        CoverageItem recorded = as(press, () -> coverage.create(itemId, item), Role.PRESS);
        assertThat(as(press, () -> coverage.create(itemId, item), Role.PRESS).revision())
                .isEqualTo(recorded.revision());
        assertThat(as(press, () -> coverage.ofVisit(visits.get(id)).items(), Role.PRESS))
                .extracting(CoverageItem::id)
                .containsExactly(itemId);
    }

    @Test
    void wrongDatesAndAProgrammeItemOutsideThemAreRefusedWithTheItemNamed() {
        String press = newUser("amiens-metropole", Role.PRESS);
        LocalDate start = TODAY.plusWeeks(6);
        var outside = item(start.plusDays(5), "Dîner", "Le Quai", "", 4_500L);

        assertThatThrownBy(() -> as(
                        press,
                        () -> visits.create(draft(
                                "Perret",
                                VisitStatus.PROPOSED,
                                start,
                                start.minusDays(1),
                                List.of(),
                                List.of(),
                                List.of())),
                        Role.PRESS))
                .isInstanceOfSatisfying(InvalidVisitException.class, e -> assertThat(e.problems())
                        .extracting(PressVisit.Problem::key)
                        .containsExactly("press.error.end-before-start"));
        assertThatThrownBy(() -> as(
                        press,
                        () -> visits.create(draft(
                                "Perret",
                                VisitStatus.PROPOSED,
                                start,
                                start.plusDays(1),
                                List.of(),
                                List.of(),
                                List.of(outside))),
                        Role.PRESS))
                .isInstanceOfSatisfying(InvalidVisitException.class, e -> assertThat(e.problems())
                        .containsExactly(new PressVisit.Problem("press.error.item-outside-dates", outside.id())));
        assertThatThrownBy(() -> as(
                        press,
                        () -> visits.create(
                                draft("Perret", VisitStatus.CONFIRMED, null, null, List.of(), List.of(), List.of())),
                        Role.PRESS))
                .isInstanceOfSatisfying(InvalidVisitException.class, e -> assertThat(e.problems())
                        .extracting(PressVisit.Problem::key)
                        .containsExactly("press.error.dates-required"));
        // An idea may have no date yet; a future visit cannot be marked done.
        var idea = as(
                press,
                () -> visits.create(draft("Une idée", VisitStatus.IDEA, null, null, List.of(), List.of(), List.of())),
                Role.PRESS);
        assertThat(idea.days()).isEmpty();
        assertThatThrownBy(() -> as(
                        press,
                        () -> visits.create(
                                draft("Trop tôt", VisitStatus.DONE, start, start, List.of(), List.of(), List.of())),
                        Role.PRESS))
                .isInstanceOfSatisfying(InvalidVisitException.class, e -> assertThat(e.problems())
                        .extracting(PressVisit.Problem::key)
                        .containsExactly("press.error.not-yet-happened"));
    }

    @Test
    void aStaleSaveIsRefusedWithTheStoredVisitAndOnlyItsOfficeWritesIt() {
        String press = newUser("amiens-metropole", Role.PRESS);
        String otherOffice = newUser("lille", Role.PRESS);
        LocalDate start = TODAY.plusWeeks(3);
        var created = as(
                press,
                () -> visits.create(
                        draft("Hortillonnages", VisitStatus.IDEA, start, start, List.of(), List.of(), List.of())),
                Role.PRESS);
        var first = as(
                press,
                () -> visits.update(
                        created.id(),
                        created.revision(),
                        draft(
                                "Hortillonnages en barque",
                                VisitStatus.PROPOSED,
                                start,
                                start,
                                List.of(),
                                List.of(),
                                List.of())),
                Role.PRESS);

        assertThatThrownBy(() -> as(
                        press,
                        () -> visits.update(
                                created.id(),
                                created.revision(),
                                draft(
                                        "Autre titre",
                                        VisitStatus.PROPOSED,
                                        start,
                                        start,
                                        List.of(),
                                        List.of(),
                                        List.of())),
                        Role.PRESS))
                .isInstanceOfSatisfying(StaleEditException.class, e -> assertThat(((PressVisit) e.current()).subject())
                        .isEqualTo("Hortillonnages en barque"));
        assertThatThrownBy(() ->
                        as(otherOffice, () -> visits.update(first.id(), first.revision(), first.draft()), Role.PRESS))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherOfficeOfTheNetworkApproachingTheJournalistLatelyIsShownUnlessLongAgoOrJustAnIdea() {
        String lille = newUser("lille", Role.PRESS);
        String dunkerque = newUser("dunkerque", Role.PRESS);
        String landes = newUser("landes-chalosse", Role.PRESS);
        String journalist = journalist(lille);
        String another = journalist(lille);
        String longAgo = journalist(lille);

        LocalDate soon = TODAY.plusWeeks(2);
        as(
                lille,
                () -> visits.create(draft(
                        "Lille, capitale du design",
                        VisitStatus.PROPOSED,
                        soon,
                        soon.plusDays(1),
                        List.of(journalist),
                        List.of(),
                        List.of())),
                Role.PRESS);
        as(
                lille,
                () -> visits.create(draft(
                        "Rien qu’une idée", VisitStatus.IDEA, soon, soon, List.of(another), List.of(), List.of())),
                Role.PRESS);
        LocalDate twentyWeeksAgo = TODAY.minusWeeks(20);
        as(
                lille,
                () -> visits.create(draft(
                        "Braderie",
                        VisitStatus.CLOSED,
                        twentyWeeksAgo,
                        twentyWeeksAgo,
                        List.of(longAgo),
                        List.of(),
                        List.of())),
                Role.PRESS);

        var seen = as(dunkerque, () -> visits.saturation(List.of(journalist, another, longAgo), null), Role.PRESS);
        assertThat(seen).singleElement().satisfies(s -> {
            assertThat(s.journalistId()).isEqualTo(journalist);
            assertThat(s.officeName()).isEqualTo("Office de tourisme de Lille");
            assertThat(s.visitSubject()).isEqualTo("Lille, capitale du design");
            assertThat(s.status()).isEqualTo(VisitStatus.PROPOSED);
        });
        // Another network does not see it; the office itself is not warned of its own visit.
        assertThat(as(landes, () -> visits.saturation(List.of(journalist), null), Role.PRESS))
                .isEmpty();
        assertThat(as(lille, () -> visits.saturation(List.of(journalist), null), Role.PRESS))
                .isEmpty();

        // The network looks further back: the visit of twenty weeks ago counts now.
        as(
                dunkerque,
                () -> {
                    visits.setSaturationWeeks(26);
                    return null;
                },
                Role.PRESS);
        try {
            assertThat(as(dunkerque, () -> visits.saturation(List.of(longAgo), null), Role.PRESS))
                    .extracting(Saturation::visitSubject)
                    .containsExactly("Braderie");
        } finally {
            as(
                    dunkerque,
                    () -> {
                        visits.setSaturationWeeks(PressVisits.DEFAULT_SATURATION_WEEKS);
                        return null;
                    },
                    Role.PRESS);
        }
    }

    @Test
    void theProgrammeGoesOnceToThePartnersWithTheCommitteeInCopy() {
        String press = newUser("landes-chalosse", Role.PRESS);
        LocalDate start = TODAY.plusWeeks(4);
        String hotel = unique("hotel") + "@landes.example";
        var visit = as(
                press,
                () -> visits.create(draft(
                        "Chalosse <gourmande>",
                        VisitStatus.CONFIRMED,
                        start,
                        start.plusDays(1),
                        List.of(),
                        List.of(new CoOrganiser(
                                CoOrganiser.Kind.CDT, "Comité départemental des Landes", "", "presse@cdt40.example")),
                        List.of(
                                item(start, "Marché de Saint-Sever", "Halle", "", null),
                                item(start.plusDays(1), "Nuit au domaine", "Domaine du Tursan", hotel, 12_000L)))),
                Role.PRESS);

        assertThat(as(press, () -> mails.recipients(visit), Role.PRESS))
                .extracting(ProgrammeMails.Recipient::email, ProgrammeMails.Recipient::inCopy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("presse@cdt40.example", true),
                        org.assertj.core.groups.Tuple.tuple(hotel, false));

        var sent = as(
                press,
                () -> mails.send(visit.id(), visit.revision(), List.of(hotel), List.of("presse@cdt40.example")),
                Role.PRESS);
        var again = as(
                press,
                () -> mails.send(visit.id(), visit.revision(), List.of(hotel), List.of("presse@cdt40.example")),
                Role.PRESS);

        assertThat(sent.outcome()).isEqualTo("RECORDED");
        assertThat(again).isEqualTo(sent);
        var messages = as("nadia", () -> mailAdministration.recentMessages(), Role.ADMIN).stream()
                .filter(m -> m.to().contains(hotel))
                .toList();
        assertThat(messages).singleElement().satisfies(m -> {
            assertThat(m.cc()).containsExactly("presse@cdt40.example");
            assertThat(m.subject()).startsWith("Accueil presse : Chalosse <gourmande>");
            assertThat(m.html()).contains("Chalosse &lt;gourmande&gt;").contains("Nuit au domaine");
            assertThat(m.text())
                    .contains("Chalosse <gourmande>")
                    .contains("Marché de Saint-Sever")
                    .contains("Offert par le partenaire")
                    .contains("Pris en charge par l’office")
                    .doesNotContain("€");
        });
        var stored = as(press, () -> visits.get(visit.id()), Role.PRESS);
        assertThat(stored.sends()).singleElement().isEqualTo(sent);
        // The visit moved on since it was read: sending that old version again sends nothing.
        assertThat(as(press, () -> mails.send(visit.id(), visit.revision(), List.of(hotel), List.of()), Role.PRESS))
                .isEqualTo(sent);
        assertThatThrownBy(() -> as(
                        press,
                        () -> mails.send(visit.id(), new io.rayonne.base.Revision(0, 1), List.of(hotel), List.of()),
                        Role.PRESS))
                .isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> as(
                        press,
                        () -> mails.send(
                                stored.id(), stored.revision(), List.of("inconnu@ailleurs.example"), List.of()),
                        Role.PRESS))
                .isInstanceOfSatisfying(InvalidVisitException.class, e -> assertThat(e.problems())
                        .extracting(PressVisit.Problem::key)
                        .containsExactly("press.error.recipient-unknown"));
    }

    @Autowired
    io.rayonne.search.UnifiedSearch search;

    @Test
    void visitsCoverageAndKitsAreFoundWithTheirMarketLanguageAndMediumFacets() {
        var results = as(
                "hugo",
                () -> search.search(new io.rayonne.search.SearchQuery(
                        "Perret", Map.of(io.rayonne.search.SearchResults.MARKET, "DE"), 20)),
                Role.PRESS);
        assertThat(results.results())
                .extracting(r -> r.type() + ":" + r.id())
                .contains(
                        "press-visit:perret-150-ans-wolfgang-hugo",
                        "coverage:bayerische-staatszeitung-perret",
                        "journalist:wolfgang-hugo");
        var print = as(
                "hugo",
                () -> search.search(new io.rayonne.search.SearchQuery(
                        "Amiens", Map.of(io.rayonne.search.SearchResults.MEDIUM, "print"), 20)),
                Role.PRESS);
        assertThat(print.results()).extracting(r -> r.type()).containsOnly("coverage");
        assertThat(print.facets().get(io.rayonne.search.SearchResults.MEDIUM))
                .extracting(f -> f.value())
                .containsExactly("print");
        var kit = as("hugo", () -> search.search(io.rayonne.search.SearchQuery.of("béton lumière")), Role.PRESS);
        assertThat(kit.results()).extracting(r -> r.type() + ":" + r.id()).contains("press-kit:perret-150-ans");
    }
}
