package io.rayonne.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.Role;
import io.rayonne.testing.MailjetIntegrationTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sample content was loaded into the empty test store at start; loading again adds nothing. */
class SampleContentIT extends MailjetIntegrationTest {

    @Autowired
    io.rayonne.partners.Partners partners;

    @Autowired
    io.rayonne.partners.Segments segments;

    @Autowired
    SampleContent samples;

    @Autowired
    Accounts accounts;

    @Autowired
    io.rayonne.portraits.Portraits portraits;

    @Autowired
    io.rayonne.media.Photos photos;

    @Autowired
    io.rayonne.portraits.Series series;

    @Autowired
    io.rayonne.press.Journalists journalists;

    @Autowired
    io.rayonne.press.PressVisits visits;

    @Autowired
    io.rayonne.press.Coverage coverage;

    @Autowired
    io.rayonne.press.PressKits kits;

    @Autowired
    io.rayonne.calendar.Posts posts;

    @Autowired
    io.rayonne.newsletter.Bulletins bulletins;

    @Autowired
    io.rayonne.newsletter.Campaigns campaigns;

    @Test
    void theEmptyStoreWasFilledAndASecondLoadAddsNothing() throws java.io.IOException {
        assertThat(accounts.offices())
                .extracting(o -> o.id())
                .contains("amiens-metropole", "valenciennes", "landes-chalosse", "val-doise-tourisme", "dunkerque");
        assertThat(as("nadia", () -> accounts.users(), Role.ADMIN))
                .extracting(u -> u.id())
                .contains("nadia", "camille", "hugo", "lea", "admin");

        assertThat(as("camille", () -> portraits.reviewQueue(), Role.COMMUNICATION))
                .extracting(p -> p.id())
                .contains("lea-dupont-amiens");

        // Léa's own photo: the consent ended, so the team is told and her portrait cannot be approved yet.
        assertThat(as("camille", () -> photos.consentsToRenew(), Role.COMMUNICATION))
                .filteredOn(c -> c.photo().id().equals("sample-lea-dupont-amiens-lea-portail"))
                .singleElement()
                .satisfies(c -> assertThat(c.usages())
                        .extracting(u -> u.route())
                        .containsExactly("portraits/lea-dupont-amiens"));
        assertThat(as("camille", () -> series.all(), Role.COMMUNICATION))
                .filteredOn(s -> s.id().equals("portraits-de-guides-2027"))
                .singleElement()
                .satisfies(s -> assertThat(s.slots()).hasSize(2));
        assertThat(as("camille", () -> series.check("portraits-de-guides-2027"), Role.COMMUNICATION))
                .allMatch(io.rayonne.portraits.Series.SlotCheck::ready);

        // The German journalist writes for three titles; a second « Wolfgang Hugo » would be a duplicate.
        assertThat(as("hugo", () -> journalists.get("wolfgang-hugo").outletIds(), Role.PRESS))
                .hasSize(3);
        assertThat(as(
                        "hugo",
                        () -> journalists.likelyDuplicates(
                                new io.rayonne.press.Journalist.Draft(
                                        "Wolfgang  HUGO",
                                        "",
                                        java.util.List.of(),
                                        java.util.Set.of(),
                                        java.util.Set.of(),
                                        java.util.Set.of(),
                                        "",
                                        "",
                                        "",
                                        "",
                                        null),
                                null),
                        Role.PRESS))
                .extracting(d -> d.journalist().id())
                .containsExactly("wolfgang-hugo");

        // Four days, three titles: the visit's actual cost shared by its three articles.
        var perret = as("hugo", () -> visits.get("perret-150-ans-wolfgang-hugo"), Role.PRESS);
        assertThat(perret.days()).hasSize(4);
        assertThat(perret.costCents()).isEqualTo(36_860);
        var ofVisit = as("hugo", () -> coverage.ofVisit(perret), Role.PRESS);
        assertThat(ofVisit.items()).hasSize(3);
        assertThat(ofVisit.costPerItemCents()).isEqualTo(12_287);
        var year = as(
                "hugo",
                () -> coverage.report(java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2024, 12, 31)),
                Role.PRESS);
        assertThat(year.count()).isEqualTo(4);
        assertThat(year.byMarket()).extracting(b -> b.key() + "=" + b.count()).containsExactly("DE=3", "FR=1");

        // The kit in French and German: one German part machine-translated, one not translated yet.
        var kit = as("hugo", () -> kits.get("perret-150-ans"), Role.PRESS);
        assertThat(kit.translations())
                .extracting(t -> t.language() + ":" + t.missing() + ":" + t.machine())
                .containsExactly("fr:0:0", "en:4:0", "de:1:1");
        assertThat(kits.open("perret-150-ans")).containsInstanceOf(io.rayonne.press.PublicKit.Open.class);

        // The calendar: weekday themes at Valenciennes, a daily quiz in Lille, a hashtag campaign in
        // Dunkerque, Guide Day and a press post in Amiens; each office under its own review rule.
        var monday = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"))
                .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
        var nord = as(
                "nadia",
                () -> posts.between(
                        java.util.List.of("valenciennes", "lille", "dunkerque"),
                        monday.minusWeeks(2),
                        monday.plusWeeks(3)),
                Role.ADMIN);
        assertThat(nord).filteredOn(p -> p.seriesId() != null).hasSize(12).allSatisfy(p -> assertThat(p.title())
                .isEqualTo("1 jour / 1 question"));
        assertThat(nord)
                .filteredOn(p -> p.campaign().equals("#FenetreSurDunkerque"))
                .extracting(p -> p.officeId())
                .containsOnly("dunkerque")
                .hasSize(3);
        assertThat(nord)
                .filteredOn(p -> p.officeId().equals("valenciennes"))
                .extracting(p -> p.plannedAt().getDayOfWeek() + ":" + p.theme())
                .contains("MONDAY:Patrimoine", "TUESDAY:Gastronomie", "WEDNESDAY:En famille");
        assertThat(as("camille", () -> posts.get("amiens-metropole-8"), Role.COMMUNICATION))
                .satisfies(p -> assertThat(p.plannedAt()).isEqualTo(java.time.LocalDateTime.of(2027, 2, 21, 10, 0)))
                .satisfies(p -> assertThat(p.links())
                        .containsExactly(new io.rayonne.calendar.Post.Link(
                                io.rayonne.calendar.Post.Link.Kind.PORTRAIT, "juliette-roussel-amiens")));
        assertThat(as("nadia", () -> posts.policy("lille"), Role.ADMIN))
                .isEqualTo(io.rayonne.calendar.ApprovalPolicy.NONE);

        assertThat(as("nadia", () -> posts.settings("valenciennes").on(java.time.DayOfWeek.TUESDAY), Role.ADMIN))
                .satisfies(t -> assertThat(t.theme()).isEqualTo("Gastronomie"));

        // Some fifty partners across six offices, each found; Amiens' accommodation members in its segment.
        List<String> sampleIds = new java.util.ArrayList<>();
        for (Path file :
                java.nio.file.Files.list(Path.of("content-samples/partners")).toList()) {
            new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(file.toFile())
                    .path("partners")
                    .forEach(p -> sampleIds.add(p.path("id").asText()));
        }
        assertThat(sampleIds).hasSize(50);
        assertThat(sampleIds)
                .allSatisfy(id -> assertThat(as("nadia", () -> partners.get(id).id(), Role.ADMIN))
                        .isEqualTo(id));
        var segment = as("camille", () -> segments.get("hebergeurs-adherents"), Role.COMMUNICATION);
        assertThat(as("camille", () -> partners.find(segment.criteria(), 0, 200), Role.COMMUNICATION))
                .extracting(io.rayonne.partners.Partner::id)
                .filteredOn(sampleIds::contains)
                .containsExactlyInAnyOrder(
                        "hotel-des-hortillons", "residence-saint-leu", "gite-de-la-samara", "camping-val-de-somme");

        // The Back Office issue pulls Juliette's portrait and the Routard's visit, and is sent to the
        // subscribed members (into the outbox here); the network's "Zoom sur" waits as a draft.
        var backOffice = as("camille", () -> bulletins.get("amiens-back-office-novembre-2026"), Role.COMMUNICATION);
        assertThat(backOffice.blocks())
                .filteredOn(b -> b instanceof io.rayonne.newsletter.Block.Pulled)
                .extracting(
                        b -> ((io.rayonne.newsletter.Block.Pulled) b).excerpt().title())
                .contains(
                        "Juliette Roussel, Guide-conférencière : la cathédrale, ses sculpteurs et ses couleurs",
                        "Mise à jour du Routard Picardie Baie de Somme");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> as("camille", () -> campaigns.progress(backOffice.id()), Role.COMMUNICATION)
                                .campaign()
                                .state()
                        == io.rayonne.newsletter.CampaignState.SENT);
        var sent = as("camille", () -> campaigns.progress(backOffice.id()), Role.COMMUNICATION);
        // Amiens' members' subscribed addresses in the sample files (other tests add partners later).
        List<String> sampleMembers = java.util.stream.StreamSupport.stream(
                        new com.fasterxml.jackson.databind.ObjectMapper()
                                .readTree(Path.of("content-samples/partners/amiens-metropole.json")
                                        .toFile())
                                .path("partners")
                                .spliterator(),
                        false)
                .filter(p -> p.path("membership").asText().equals("MEMBER"))
                .flatMap(p ->
                        java.util.stream.StreamSupport.stream(p.path("contacts").spliterator(), false))
                .filter(c -> c.path("state").asText("SUBSCRIBED").equals("SUBSCRIBED")
                        && !c.path("email").asText().isEmpty())
                .map(c -> c.path("email").asText().toLowerCase(java.util.Locale.ROOT))
                .distinct()
                .toList();
        long expected = sampleMembers.size();
        // Planned when a sending context took it: Amiens' members then (the samples' and those other
        // tests may have added), each accepted by the emulator.
        assertThat((long) sent.campaign().total())
                .isGreaterThanOrEqualTo(expected)
                .isPositive();
        assertThat(sent.accepted()).isEqualTo(sent.campaign().total());
        // The partners its texts name, found in Amiens' directory.
        assertThat(as("camille", () -> campaigns.featuredPartners(backOffice.id()), Role.COMMUNICATION))
                .extracting(io.rayonne.partners.Partner::name)
                .contains(
                        "Barques des Hortillonnages", "Maison des macarons d’Amiens", "Chocolaterie de la Cathédrale");
        var zoom = as("nadia", () -> bulletins.get("nord-zoom-sur-hiver-2026"), Role.ADMIN);
        assertThat(zoom.state()).isEqualTo(io.rayonne.newsletter.BulletinState.DRAFT);
        assertThat(zoom.sections())
                .extracting(io.rayonne.newsletter.Section::title)
                .startsWith("En bref")
                .contains(
                        "Office de tourisme du Cambrésis",
                        "Office de tourisme Cœur de Flandre",
                        "Office de tourisme de Dunkerque",
                        "Office de tourisme de Lille",
                        "Office de tourisme Sambre-Avesnois",
                        "Office de tourisme de Valenciennes Métropole");

        var again = samples.load(Path.of("content-samples"));

        assertThat(again).isEqualTo(new SampleContent.Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }
}
