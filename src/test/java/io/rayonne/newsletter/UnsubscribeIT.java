package io.rayonne.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import io.rayonne.accounts.Role;
import io.rayonne.partners.Contact;
import io.rayonne.partners.LegalBasis;
import io.rayonne.partners.Membership;
import io.rayonne.partners.Partner;
import io.rayonne.partners.Partners;
import io.rayonne.partners.Sector;
import io.rayonne.partners.Subscription;
import io.rayonne.partners.SubscriptionState;
import io.rayonne.testing.IntegrationTest;
import io.rayonne.testing.TestClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * RFC 8058 as a mail client and a partner meet it: the one-click POST unsubscribes at once in either
 * form encoding, with no login, no CSRF token and no redirect; a GET (a link scanner) changes
 * nothing; a forged or expired token changes nothing and says why; the preferences page keeps a
 * contact's choice of bulletins.
 */
class UnsubscribeIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    UnsubscribeTokens tokens;

    @Autowired
    Partners partners;

    @Autowired
    TestClock clock;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private Partner partner;

    @BeforeEach
    void aSubscribedContact() {
        String officer = newUser("amiens-metropole", Role.COMMUNICATION);
        partner = as(
                officer,
                () -> partners.create(new Partner.Draft(
                        "amiens-metropole",
                        unique("Brasserie du Beffroi"),
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
                                "Hugo",
                                "Lemaire",
                                "Gérant",
                                unique("hugo") + "@brasserie-beffroi.example",
                                "",
                                "fr",
                                Subscription.subscribed(LegalBasis.CONTRACT, "Adhésion 2026", null))))),
                Role.COMMUNICATION);
    }

    @AfterEach
    void systemTime() {
        clock.useSystemTime();
    }

    private SubscriptionState state() {
        String officer = newUser("amiens-metropole", Role.COMMUNICATION);
        return as(officer, () -> partners.get(partner.id()), Role.COMMUNICATION)
                .contacts()
                .get(0)
                .subscription()
                .state();
    }

    private String token() {
        return tokens.issue(partner.id(), partner.contacts().get(0).id(), "campagne-test");
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aLinkScannersGetChangesNothingAndTheOneClickPostUnsubscribesAtOnce() throws Exception {
        String token = token();
        HttpResponse<String> page = get("/desinscription/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Se désinscrire")
                .contains("<form method=\"post\"")
                .contains("Me désinscrire");
        assertThat(state()).isEqualTo(SubscriptionState.SUBSCRIBED);

        HttpResponse<String> done =
                post("/desinscription/" + token, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.headers().firstValue("Location")).isEmpty();
        assertThat(done.body()).contains("Vous êtes désinscrit");
        assertThat(state()).isEqualTo(SubscriptionState.UNSUBSCRIBED);

        // Once more (a client retrying): still 200, still unsubscribed.
        assertThat(post("/desinscription/" + token, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void theOneClickPostIsAcceptedAsMultipartToo() throws Exception {
        String boundary = "----rayonne" + System.nanoTime();
        String body =
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"List-Unsubscribe\"\r\n\r\nOne-Click\r\n--"
                        + boundary + "--\r\n";
        HttpResponse<String> done =
                post("/desinscription/" + token(), "multipart/form-data; boundary=" + boundary, body);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(state()).isEqualTo(SubscriptionState.UNSUBSCRIBED);
    }

    @Test
    void aForgedTokenChangesNothingAndSaysWhy() throws Exception {
        String token = token();
        char last = token.charAt(token.length() - 1);
        String forged = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        HttpResponse<String> refused =
                post("/desinscription/" + forged, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Ce lien n’est pas valable").contains("Rien n’a été changé");
        assertThat(get("/desinscription/not-a-token").statusCode()).isEqualTo(400);
        // Someone else's ids under a made-up signature do not work either.
        String[] parts = token.split("\\.");
        String other = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((partner.id() + "\nautre\ncampagne\n9999999999")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(post("/desinscription/" + other + "." + parts[1], "application/x-www-form-urlencoded", "")
                        .statusCode())
                .isEqualTo(400);
        assertThat(state()).isEqualTo(SubscriptionState.SUBSCRIBED);
    }

    @Test
    void anExpiredTokenChangesNothingAndSaysWhy() throws Exception {
        String token = token();
        clock.set(java.time.Instant.now().plus(Duration.ofDays(800)));
        HttpResponse<String> refused =
                post("/desinscription/" + token, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Ce lien n’est plus valable");
        clock.useSystemTime();
        assertThat(state()).isEqualTo(SubscriptionState.SUBSCRIBED);
    }

    @Test
    void thePreferencesPageUnsubscribesAndBringsBack() throws Exception {
        String token = token();
        HttpResponse<String> page = get("/preferences/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Mes bulletins").contains("name=\"recevoir\" checked");

        HttpResponse<String> saved = post("/preferences/" + token, "application/x-www-form-urlencoded", "");
        assertThat(saved.body()).contains("Vos choix sont enregistrés.");
        assertThat(state()).isEqualTo(SubscriptionState.UNSUBSCRIBED);

        post("/preferences/" + token, "application/x-www-form-urlencoded", "recevoir=on");
        assertThat(state()).isEqualTo(SubscriptionState.SUBSCRIBED);
        String officer = newUser("amiens-metropole", Role.COMMUNICATION);
        Subscription back = as(officer, () -> partners.get(partner.id()), Role.COMMUNICATION)
                .contacts()
                .get(0)
                .subscription();
        // Coming back is the contact's own consent, with its source and day.
        assertThat(back.basis()).isEqualTo(LegalBasis.CONSENT);
        assertThat(back.source()).isEqualTo("Page de préférences d’un bulletin");
        assertThat(back.since()).isNotNull();
    }
}
