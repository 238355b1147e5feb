package io.rayonne.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.rayonne.accounts.Role;
import io.rayonne.calendar.CalendarFeed;
import io.rayonne.calendar.CalendarFeeds;
import io.rayonne.newsletter.UnsubscribeTokens;
import io.rayonne.partners.Contact;
import io.rayonne.partners.LegalBasis;
import io.rayonne.partners.Membership;
import io.rayonne.partners.Partner;
import io.rayonne.partners.Partners;
import io.rayonne.partners.Sector;
import io.rayonne.partners.Subscription;
import io.rayonne.partners.SubscriptionState;
import io.rayonne.press.PressKit;
import io.rayonne.press.PressKits;
import io.rayonne.testing.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every link Rayonne hands out that opens something without signing in — a bulletin's one-click
 * unsubscribe and its preferences page, a private iCal feed, a press kit shared by link — and the
 * Mailjet webhook's credentials, tried forged: every one-character change of the real token, the
 * token cut or lengthened, another kind's token, one made up. The real one works; every forgery is
 * refused, and nothing changes (the contact stays subscribed). Prints the count.
 */
class ForgedLinksIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    UnsubscribeTokens tokens;

    @Autowired
    Partners partners;

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    PressKits kits;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyForgedLinkIsRefusedAndChangesNothing() throws Exception {
        String officer = newUser("amiens-metropole", Role.COMMUNICATION);
        Partner partner = as(officer, () -> partners.create(subscribed()), Role.COMMUNICATION);
        String unsubscribe =
                tokens.issue(partner.id(), partner.contacts().get(0).id(), "campagne-test");
        String feed = as(officer, () -> feeds.create(CalendarFeed.Kind.OFFICE, null), Role.COMMUNICATION)
                .token();
        String kit = as("hugo", () -> kits.create(sharedKit()), Role.PRESS).token();

        // The real links work.
        assertThat(get("/desinscription/" + unsubscribe).statusCode()).isEqualTo(200);
        assertThat(get("/preferences/" + unsubscribe).statusCode()).isEqualTo(200);
        assertThat(get("/ical/" + feed + ".ics").statusCode()).isEqualTo(200);
        assertThat(get("/dossiers/" + kit).statusCode()).isEqualTo(200);

        List<String> accepted = new ArrayList<>();
        int tried = 0;
        for (String forged : forgeries(unsubscribe, List.of(feed, kit))) {
            tried += 4;
            check(
                    accepted,
                    "one-click unsubscribe",
                    forged,
                    post("/desinscription/" + forged, "List-Unsubscribe=One-Click"));
            check(accepted, "unsubscribe page", forged, get("/desinscription/" + forged));
            check(accepted, "preferences, saved", forged, post("/preferences/" + forged, ""));
            check(accepted, "preferences page", forged, get("/preferences/" + forged));
        }
        for (String forged : forgeries(feed, List.of(unsubscribe, kit))) {
            tried++;
            check(accepted, "iCal feed", forged, get("/ical/" + forged + ".ics"));
        }
        for (String forged : forgeries(kit, List.of(feed))) {
            tried++;
            check(accepted, "press kit by link", forged, get("/dossiers/" + forged));
        }
        for (String credentials : List.of("mailjet:wrong", "someone:" + WEBHOOK_PASSWORD, ":", "mailjet:")) {
            tried++;
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/mailjet"))
                            .header("Content-Type", "application/json")
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + Base64.getEncoder()
                                                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                            .POST(HttpRequest.BodyPublishers.ofString("[]"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 401) {
                accepted.add("webhook with " + credentials + ": " + answer.statusCode());
            }
        }

        SubscriptionState state = as(officer, () -> partners.get(partner.id()), Role.COMMUNICATION)
                .contacts()
                .get(0)
                .subscription()
                .state();
        System.out.printf(
                "=== Forged links ===%n%d forgeries of 4 kinds of link and of the webhook's credentials: %d accepted"
                        + " (goal 0); the contact is still %s%n",
                tried, accepted.size(), state);
        assertThat(accepted).isEmpty();
        assertThat(state).isEqualTo(SubscriptionState.SUBSCRIBED);
    }

    /** A forgery is refused: a 4xx answer (400 for a bad signature, 404 for a link that leads nowhere). */
    private static void check(List<String> accepted, String what, String forged, HttpResponse<String> answer) {
        if (answer.statusCode() < 400 || answer.statusCode() >= 500) {
            accepted.add(what + " with " + forged + ": " + answer.statusCode());
        }
    }

    /** Every one-character change of the token, the token cut and lengthened, others' tokens, a made-up one. */
    private static Set<String> forgeries(String token, List<String> others) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        Set<String> forged = new LinkedHashSet<>();
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            char other = alphabet.charAt((alphabet.indexOf(c) + 1 + alphabet.length()) % alphabet.length());
            forged.add(token.substring(0, i) + other + token.substring(i + 1));
        }
        forged.add(token.substring(0, token.length() - 1));
        forged.add(token + "A");
        forged.add("A".repeat(token.length()));
        forged.addAll(others);
        forged.remove(token);
        return forged;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Partner.Draft subscribed() {
        return new Partner.Draft(
                "amiens-metropole",
                unique("Auberge du Beffroi"),
                Sector.FOOD,
                "",
                "",
                "80000",
                "Amiens",
                Membership.MEMBER,
                2026,
                null,
                "",
                "",
                "",
                List.of(new Contact(
                        "",
                        "Inès",
                        "Carpentier",
                        "Gérante",
                        unique("ines") + "@auberge-beffroi.example",
                        "",
                        "fr",
                        Subscription.subscribed(LegalBasis.CONTRACT, "Adhésion 2026", null))));
    }

    private static PressKit.Draft sharedKit() {
        return new PressKit.Draft(
                Map.of("fr", "Dossier partagé"),
                List.of(new PressKit.Section(
                        "a", Map.of("fr", new PressKit.Version("La tour Perret", "Un texte.", false)))),
                List.of(),
                List.of(),
                null,
                PressKit.Visibility.LINK);
    }
}
