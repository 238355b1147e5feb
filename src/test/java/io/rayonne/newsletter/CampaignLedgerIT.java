package io.rayonne.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

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
import io.rayonne.partners.Segment;
import io.rayonne.partners.SegmentCriteria;
import io.rayonne.partners.Segments;
import io.rayonne.partners.Subscription;
import io.rayonne.partners.SubscriptionState;
import io.rayonne.testing.MailjetIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The delivery ledger across a crash at each step of a batch: the sender stops there as a killed
 * process would (its lease left to expire), another instance takes the campaign over, and every
 * recipient receives the bulletin once — none skipped, none twice — as Mailjet's emulator counts.
 */
class CampaignLedgerIT extends MailjetIntegrationTest {

    private static final int RECIPIENTS = 32;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Segments segments;

    @Autowired
    Bulletins bulletins;

    @Autowired
    Campaigns campaigns;

    @Autowired
    io.rayonne.mail.MailSettings mailSettings;

    // The office and its partners are the same for every test of the class: each test sends an
    // issue of its own, and Mailjet's emulator counts per test.
    private static String office;
    private static String officer;
    private static Segment everyone;
    private static final List<String> emails = new ArrayList<>();

    @BeforeEach
    void anOfficeWithItsPartners() {
        MAILJET.reset();
        if (office != null) {
            return;
        }
        String name = unique("Office de tourisme du Val de Somme");
        String network = Slugs.of(unique("reseau-val-de-somme"));
        SystemUser.run(() -> {
            accounts.registerNetwork(new Network(network, "Réseau " + name));
            accounts.createOffice(name, network, "Val de Somme", "Corbie");
        });
        office = Slugs.of(name);
        officer = newUser(office, Role.COMMUNICATION);
        as(
                officer,
                () -> {
                    for (int i = 0; i < RECIPIENTS; i++) {
                        String email = "contact" + i + "@" + office + ".example";
                        emails.add(email);
                        partners.create(partner("Partenaire " + i, email));
                    }
                    // Unsubscribed, and an address given twice: neither gets a second copy or any.
                    partners.create(new Partner.Draft(
                            office,
                            "Gîte désinscrit",
                            Sector.ACCOMMODATION,
                            "",
                            "",
                            "80800",
                            "Corbie",
                            Membership.MEMBER,
                            2026,
                            null,
                            "",
                            "",
                            "",
                            List.of(new Contact(
                                    "",
                                    "Jeanne",
                                    "Roux",
                                    "",
                                    "jeanne@gite.example",
                                    "",
                                    "fr",
                                    new Subscription(
                                            SubscriptionState.UNSUBSCRIBED,
                                            LegalBasis.CONTRACT,
                                            "",
                                            null,
                                            null,
                                            Set.of())))));
                    partners.create(partner("Annexe du partenaire 0", emails.get(0)));
                    everyone = segments.create(
                            unique("Tous"), SegmentCriteria.everyone().withOffices(Set.of(office)));
                    return null;
                },
                Role.COMMUNICATION);
    }

    @AfterEach
    void noMoreCrashes() {
        CampaignSender.checkpoint = (sender, step) -> {};
    }

    private Partner.Draft partner(String name, String email) {
        return new Partner.Draft(
                office,
                name,
                Sector.FOOD,
                "",
                "",
                "80800",
                "Corbie",
                Membership.MEMBER,
                2026,
                null,
                "",
                "",
                "",
                List.of(new Contact(
                        "",
                        "Prénom",
                        name,
                        "Gérant",
                        email,
                        "",
                        "fr",
                        Subscription.subscribed(LegalBasis.CONTRACT, "Adhésion 2026", null))));
    }

    private Bulletin anIssue() {
        return as(
                officer,
                () -> {
                    Bulletin b = bulletins.create(
                            office,
                            BulletinTemplate.MONTHLY,
                            new Bulletin.Draft(
                                    "Back Office", unique("Décembre"), LocalDate.of(2026, 12, 1), "fr", List.of()));
                    List<Section> sections = new ArrayList<>(b.sections());
                    Section first = sections.get(0);
                    sections.set(
                            0,
                            new Section(
                                    first.id(),
                                    first.title(),
                                    List.of(
                                            new Block.Text(
                                                    "t1", "Bonjour {prénom}, voici les nouvelles de **{entreprise}**."),
                                            new Block.KeyFigure(
                                                    "f1", "210", "dossiers de groupes traités en novembre"))));
                    return bulletins.update(
                            b.id(), b.revision(), new Bulletin.Draft(b.name(), b.title(), b.date(), "fr", sections));
                },
                Role.COMMUNICATION);
    }

    private Campaign.Progress sentAndCounted(String bulletinId) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> as(officer, () -> campaigns.progress(bulletinId), Role.COMMUNICATION)
                                .campaign()
                                .state()
                        == CampaignState.SENT);
        return as(officer, () -> campaigns.progress(bulletinId), Role.COMMUNICATION);
    }

    @ParameterizedTest
    @EnumSource(CampaignSender.Step.class)
    void aCrashAtAnyStepOfABatchNeitherSkipsNorDoublesAnyone(CampaignSender.Step step) {
        Bulletin issue = anIssue();
        AtomicInteger seen = new AtomicInteger();
        CampaignSender.checkpoint = (sender, at) -> {
            // The second time a batch step comes (a batch already done), the process dies there;
            // the plan is written once, the first time is its only time.
            if (at == step && seen.incrementAndGet() == (step == CampaignSender.Step.PLANNED ? 1 : 2)) {
                CampaignSender.checkpoint = (s, a) -> {};
                sender.instance = sender.instance + "-restarted-after-" + step;
                throw new IllegalStateException("killed at " + step);
            }
        };
        as(officer, () -> campaigns.send(issue.id(), List.of(everyone.id()), null), Role.COMMUNICATION);

        Campaign.Progress done = sentAndCounted(issue.id());
        assertThat(done.campaign().total()).isEqualTo(RECIPIENTS);
        assertThat(done.accepted()).isEqualTo(RECIPIENTS);
        assertThat(done.waiting()).isZero();
        assertThat(seen.get())
                .as("the crash happened")
                .isGreaterThanOrEqualTo(step == CampaignSender.Step.PLANNED ? 1 : 2);
        for (String email : emails) {
            assertThat(MAILJET.deliveredTo(email)).as(email).isEqualTo(1);
        }
        assertThat(MAILJET.deliveredTo("jeanne@gite.example")).isZero();
        assertThat(MAILJET.deliveredCopies()).hasSize(RECIPIENTS);
    }

    @org.junit.jupiter.api.Test
    void eachCopyIsPersonalisedAndCarriesItsOneClickUnsubscribe() {
        Bulletin issue = anIssue();
        as(officer, () -> campaigns.send(issue.id(), List.of(everyone.id()), null), Role.COMMUNICATION);
        sentAndCounted(issue.id());
        var copy = MAILJET.messages().stream()
                .filter(m -> m.path("To").path(0).path("Email").asText().equals(emails.get(3)))
                .findFirst()
                .orElseThrow();
        assertThat(copy.path("HTMLPart").asText())
                .contains("Bonjour Pr&eacute;nom,")
                .contains("voici les nouvelles de <strong>Partenaire 3</strong>")
                .contains("210")
                .contains("desinscription/");
        assertThat(copy.path("TextPart").asText()).contains("Se désinscrire : http");
        assertThat(copy.path("Headers").path("List-Unsubscribe-Post").asText()).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(copy.path("Headers").path("List-Unsubscribe").asText())
                .matches("<http://[^>]+/desinscription/[^>]+>, <mailto:[^>]+>");
        assertThat(copy.path("CustomCampaign").asText()).isEqualTo(issue.id());
        assertThat(copy.path("DeduplicateCampaign").asBoolean()).isTrue();
        // The issue is frozen once sent: no more changes.
        Bulletin sent = as(officer, () -> bulletins.get(issue.id()), Role.COMMUNICATION);
        assertThat(sent.state()).isEqualTo(BulletinState.SENT);
        assertThatThrownBy(() -> as(
                        officer, () -> bulletins.update(sent.id(), sent.revision(), sent.draft()), Role.COMMUNICATION))
                .isInstanceOf(InvalidBulletinException.class);
        // Sent once: a second sending is refused.
        assertThatThrownBy(() ->
                        as(officer, () -> campaigns.send(issue.id(), List.of(everyone.id()), null), Role.COMMUNICATION))
                .isInstanceOf(InvalidBulletinException.class);
    }

    @org.junit.jupiter.api.Test
    void mailjetLimitingForAWhileDefersThenSendsEveryoneOnce() {
        Bulletin issue = anIssue();
        // Two answers of 429 exhaust the two attempts of the first batch: it is deferred, then sent.
        MAILJET.answerNext(429, 429);
        as(officer, () -> campaigns.send(issue.id(), List.of(everyone.id()), null), Role.COMMUNICATION);
        Campaign.Progress done = sentAndCounted(issue.id());
        assertThat(done.accepted()).isEqualTo(RECIPIENTS);
        for (String email : emails) {
            assertThat(MAILJET.deliveredTo(email)).as(email).isEqualTo(1);
        }
    }

    @org.junit.jupiter.api.Test
    void mailjetRefusingTheSenderPausesWithWhyAndTheResumedSendReachesEveryoneOnce() {
        Bulletin issue = anIssue();
        MAILJET.refuseSender(mailSettings.fromEmail());
        as(officer, () -> campaigns.send(issue.id(), List.of(everyone.id()), null), Role.COMMUNICATION);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> as(officer, () -> campaigns.progress(issue.id()), Role.COMMUNICATION)
                                .campaign()
                                .state()
                        == CampaignState.PAUSED);
        Campaign.Progress paused = as(officer, () -> campaigns.progress(issue.id()), Role.COMMUNICATION);
        assertThat(paused.campaign().problem())
                .contains("Mailjet refuse l’adresse d’expédition " + mailSettings.fromEmail())
                .contains("reprenez l’envoi");
        // The two batches out at once (of 10) were refused whole, and nothing after them was tried.
        assertThat(MAILJET.deliveredCopies()).isEmpty();
        assertThat(MAILJET.messages().size()).isEqualTo(20);
        assertThat(paused.refused()).isZero();
        assertThat(paused.waiting()).isEqualTo(RECIPIENTS);

        // The administrator validates the address in Mailjet, the officer resumes.
        MAILJET.reset();
        as(officer, () -> campaigns.resume(issue.id()), Role.COMMUNICATION);
        Campaign.Progress done = sentAndCounted(issue.id());
        assertThat(done.accepted()).isEqualTo(RECIPIENTS);
        for (String email : emails) {
            assertThat(MAILJET.deliveredTo(email)).as(email).isEqualTo(1);
        }
    }

    @org.junit.jupiter.api.Test
    void theAudienceCountsEachAddressOnceAndTheUnsubscribedApart() {
        Bulletin issue = anIssue();
        Campaign.Audience audience =
                as(officer, () -> campaigns.audience(issue.id(), List.of(everyone.id())), Role.COMMUNICATION);
        assertThat(audience.recipients()).isEqualTo(RECIPIENTS);
        assertThat(audience.unsubscribed()).isEqualTo(1);
        assertThat(audience.duplicates()).isEqualTo(1);
        assertThat(audience.byBasis().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(RECIPIENTS);
    }

    @org.junit.jupiter.api.Test
    void aScheduledIssueWaitsForItsMomentThenGoes() {
        Bulletin issue = anIssue();
        java.time.Instant at = java.time.Instant.now().plusSeconds(3);
        Campaign scheduled =
                as(officer, () -> campaigns.send(issue.id(), List.of(everyone.id()), at), Role.COMMUNICATION);
        assertThat(scheduled.state()).isEqualTo(CampaignState.SCHEDULED);
        assertThat(MAILJET.deliveredCopies()).isEmpty();
        Campaign.Progress done = sentAndCounted(issue.id());
        assertThat(done.campaign().startedAt()).isAfterOrEqualTo(at);
        assertThat(done.accepted()).isEqualTo(RECIPIENTS);
        assertThatThrownBy(() -> as(
                        officer,
                        () -> campaigns.send(
                                issue.id(),
                                List.of(everyone.id()),
                                java.time.Instant.now().minusSeconds(60)),
                        Role.COMMUNICATION))
                .isInstanceOf(InvalidBulletinException.class);
    }

    @org.junit.jupiter.api.Test
    void aPausedCampaignWaitsAndResumesWhereItWas() {
        Bulletin issue = anIssue();
        // Paused as soon as the first batch is answered.
        CampaignSender.checkpoint = (sender, at) -> {
            if (at == CampaignSender.Step.RECORDED) {
                CampaignSender.checkpoint = (s, a) -> {};
                as(officer, () -> campaigns.pause(issue.id()), Role.COMMUNICATION);
            }
        };
        as(officer, () -> campaigns.send(issue.id(), List.of(everyone.id()), null), Role.COMMUNICATION);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> as(officer, () -> campaigns.progress(issue.id()), Role.COMMUNICATION)
                                .campaign()
                                .state()
                        == CampaignState.PAUSED);
        long whilePaused = MAILJET.deliveredCopies().size();
        assertThat(whilePaused).isLessThan(RECIPIENTS);
        as(officer, () -> campaigns.resume(issue.id()), Role.COMMUNICATION);
        Campaign.Progress done = sentAndCounted(issue.id());
        assertThat(done.accepted()).isEqualTo(RECIPIENTS);
        for (String email : emails) {
            assertThat(MAILJET.deliveredTo(email)).as(email).isEqualTo(1);
        }
    }
}
