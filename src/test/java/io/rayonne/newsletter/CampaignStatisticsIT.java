package io.rayonne.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An issue's statistics come from Mailjet's events, posted to the webhook as Mailjet posts them:
 * per issue and per segment, clicks per link; a complaint reaches the partner's contact; the
 * partners the issue names are listed.
 */
class CampaignStatisticsIT extends MailjetIntegrationTest {

    private static final String AGENDA = "https://www.amiens-tourisme.com/agenda";

    @LocalServerPort
    int port;

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

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void eventsBecomeTheIssuesStatisticsPerSegmentAndPerLink() throws Exception {
        MAILJET.reset();
        String name = unique("Office de tourisme de la Haute Somme");
        String network = Slugs.of(unique("reseau-haute-somme"));
        SystemUser.run(() -> {
            accounts.registerNetwork(new Network(network, "Réseau " + name));
            accounts.createOffice(name, network, "Haute Somme", "Péronne");
        });
        String office = Slugs.of(name);
        String officer = newUser(office, Role.COMMUNICATION);
        String[] businesses = {
            "Auberge du Vieux Moulin", "Ferme des Étangs", "Musée de la Grande Guerre", "Brasserie des Remparts"
        };
        List<String> emails = new ArrayList<>();
        Bulletin issue = as(
                officer,
                () -> {
                    for (String business : businesses) {
                        String email = Slugs.of(business) + "@" + office + ".example";
                        emails.add(email);
                        partners.create(partner(office, business, email));
                    }
                    Bulletin b = bulletins.create(
                            office,
                            BulletinTemplate.MONTHLY,
                            new Bulletin.Draft(
                                    "Lettre", unique("Décembre"), LocalDate.of(2026, 12, 1), "fr", List.of()));
                    List<Section> sections = new ArrayList<>(b.sections());
                    Section first = sections.get(0);
                    sections.set(
                            0,
                            new Section(
                                    first.id(),
                                    first.title(),
                                    List.of(new Block.Text(
                                            "t",
                                            "Merci à l’**Auberge du Vieux Moulin** et au musée de la Grande Guerre "
                                                    + "d’avoir accueilli nos groupes. [L’agenda](" + AGENDA + ")"))));
                    return bulletins.update(
                            b.id(), b.revision(), new Bulletin.Draft(b.name(), b.title(), b.date(), "fr", sections));
                },
                Role.COMMUNICATION);
        Segment everyone = as(
                officer,
                () -> segments.create(unique("Tous"), SegmentCriteria.everyone().withOffices(Set.of(office))),
                Role.COMMUNICATION);

        as(officer, () -> campaigns.send(issue.id(), List.of(everyone.id()), null), Role.COMMUNICATION);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> as(officer, () -> campaigns.progress(issue.id()), Role.COMMUNICATION)
                                .campaign()
                                .state()
                        == CampaignState.SENT);

        // Mailjet's events, as its webhook sends them: with the CustomID each copy was handed with.
        Map<String, String> idOf = MAILJET.messages().stream()
                .collect(
                        Collectors.toMap(m -> m.path("To").path(0).path("Email").asText(), m -> m.path("CustomID")
                                .asText()));
        String auberge = emails.get(0);
        String ferme = emails.get(1);
        String musee = emails.get(2);
        String brasserie = emails.get(3);
        long t = 1_790_000_000L;
        String body = "["
                + event("sent", auberge, idOf, t, "") + ","
                + event("open", auberge, idOf, t + 1, "") + ","
                + event("sent", ferme, idOf, t + 2, "") + ","
                + event("click", ferme, idOf, t + 3, ",\"url\":\"" + AGENDA + "\"") + ","
                + event("bounce", musee, idOf, t + 4, ",\"hard_bounce\":true,\"error_related_to\":\"recipient\"") + ","
                + event("spam", brasserie, idOf, t + 5, "")
                + "]";
        assertThat(post(body)).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Campaign.Statistics s = as(officer, () -> campaigns.statistics(issue.id()), Role.COMMUNICATION);
            for (Campaign.Progress p : List.of(s.all(), s.bySegment().get(everyone.id()))) {
                assertThat(p.accepted()).isEqualTo(4);
                assertThat(p.delivered()).isEqualTo(2);
                assertThat(p.opened()).isEqualTo(2);
                assertThat(p.clicked()).isEqualTo(1);
                assertThat(p.bounced()).isEqualTo(1);
                assertThat(p.complained()).isEqualTo(1);
            }
            assertThat(s.clicksByLink()).containsEntry(AGENDA, 1L);
        });
        // The complaint suppressed the address in the mail module, and so in the directory.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(as(
                                officer,
                                () -> partners.find(SegmentCriteria.everyone().withOffices(Set.of(office)), 0, 10),
                                Role.COMMUNICATION)
                        .stream()
                        .filter(p -> p.name().equals("Brasserie des Remparts"))
                        .findFirst()
                        .orElseThrow()
                        .contacts()
                        .get(0)
                        .subscription()
                        .state())
                .isEqualTo(SubscriptionState.SUPPRESSED));

        // Named in the text: the inn, and the museum despite its lower case.
        assertThat(as(officer, () -> campaigns.featuredPartners(issue.id()), Role.COMMUNICATION))
                .extracting(Partner::name)
                .containsExactlyInAnyOrder("Auberge du Vieux Moulin", "Musée de la Grande Guerre");
    }

    private static String event(String type, String email, Map<String, String> idOf, long time, String extra) {
        return "{\"event\":\"" + type + "\",\"time\":" + time + ",\"MessageID\":" + time + ",\"email\":\"" + email
                + "\",\"CustomID\":\"" + idOf.get(email) + "\"" + extra + "}";
    }

    private int post(String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/mailjet"))
                .header("Content-Type", "application/json")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((WEBHOOK_USER + ":" + WEBHOOK_PASSWORD)
                                                .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static Partner.Draft partner(String office, String name, String email) {
        return new Partner.Draft(
                office,
                name,
                Sector.FOOD,
                "",
                "",
                "80200",
                "Péronne",
                Membership.MEMBER,
                2026,
                null,
                "",
                "",
                "",
                List.of(new Contact(
                        "",
                        "Camille",
                        name,
                        "Gérante",
                        email,
                        "",
                        "fr",
                        Subscription.subscribed(LegalBasis.CONTRACT, "Adhésion 2026", null))));
    }
}
