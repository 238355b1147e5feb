package io.rayonne.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.rayonne.mail.Address;
import io.rayonne.mail.Delivery;
import io.rayonne.mail.Mail;
import io.rayonne.mail.MailMessage;
import io.rayonne.testing.IntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Mailjet's events over HTTP: authenticated, single or batched, counted once, turned into suppressions. */
class MailjetWebhookIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MailStore store;

    @Autowired
    Mail mail;

    @Autowired
    ElasticsearchClient client;

    private final HttpClient http = HttpClient.newHttpClient();

    private int post(String body, String user, String password) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + MailjetWebhook.PATH))
                .header("Content-Type", "application/json")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private int post(String body) throws IOException, InterruptedException {
        return post(body, WEBHOOK_USER, WEBHOOK_PASSWORD);
    }

    private long events() throws IOException {
        client.indices().refresh(r -> r.index("rayonne-mail-events"));
        return client.count(c -> c.index("rayonne-mail-events")).count();
    }

    private static String event(String type, String email, long time, String extra) {
        return "{\"event\":\"" + type + "\",\"time\":" + time + ",\"MessageID\":" + time + ",\"email\":\"" + email
                + "\"" + extra + "}";
    }

    private boolean suppressed(String email) {
        return store.suppression(email).map(SuppressionDocument::active).orElse(false);
    }

    @Test
    void wrongCredentialsAndMalformedBodiesAreRefusedAndNothingIsRecorded() throws Exception {
        long before = events();
        String email = unique("x") + "@example.org";
        assertThat(post(event("spam", email, 1, ""), WEBHOOK_USER, "not-the-password"))
                .isEqualTo(401);
        assertThat(post(event("spam", email, 1, ""), "", "")).isEqualTo(401);
        assertThat(post("{\"event\": \"spam\", ")).isEqualTo(400);
        assertThat(post("[{\"email\":\"" + email + "\"}]")).isEqualTo(400);
        assertThat(post("")).isEqualTo(400);
        assertThat(events()).isEqualTo(before);
        assertThat(store.suppression(email)).isEmpty();
    }

    @Test
    void aSpamComplaintSuppressesTheAddressAndTheSameEventThreeTimesCountsOnce() throws Exception {
        String email = unique("plainte") + "@example.org";
        long before = events();
        String spam = event("spam", email, 1_700_000_001L, ",\"source\":\"JMRPP\"");
        assertThat(post(spam)).isEqualTo(200);
        assertThat(post(spam)).isEqualTo(200);
        assertThat(post("[" + spam + "]")).isEqualTo(200);
        assertThat(events()).isEqualTo(before + 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> suppressed(email));

        Delivery d = mail.send(MailMessage.of(
                unique("m"), Address.of("ot@example.org"), Address.of(email), "Bulletin", "<p>x</p>", "x"));
        assertThat(d.status()).isEqualTo(Delivery.Status.REFUSED);
        assertThat(d.reason()).contains("signalé comme indésirable");
    }

    @Test
    void aBatchIsAppliedEventByEventWithTheSuppressionRules() throws Exception {
        String unsub = unique("desinscrit") + "@example.org";
        String hard = unique("inexistant") + "@example.org";
        String duplicate = unique("doublon") + "@example.org";
        String greylisted = unique("greylist") + "@example.org";
        String blockedRecipient = unique("bloque") + "@example.org";
        String batch = "["
                + String.join(
                        ",",
                        event("unsub", unsub, 1_700_000_010L, ""),
                        event(
                                "bounce",
                                hard,
                                1_700_000_011L,
                                ",\"hard_bounce\":true,\"error_related_to\":\"recipient\",\"error\":\"user unknown\""),
                        event(
                                "blocked",
                                duplicate,
                                1_700_000_012L,
                                ",\"error_related_to\":\"mailjet\",\"error\":\"duplicate in campaign\""),
                        event(
                                "bounce",
                                greylisted,
                                1_700_000_013L,
                                ",\"hard_bounce\":false,\"error_related_to\":\"recipient\",\"error\":\"greylisted\""),
                        event(
                                "blocked",
                                blockedRecipient,
                                1_700_000_014L,
                                ",\"error_related_to\":\"recipient\",\"error\":\"preblocked\""),
                        event("open", unsub, 1_700_000_015L, ""))
                + "]";
        assertThat(post(batch)).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> suppressed(unsub) && suppressed(hard) && suppressed(blockedRecipient));
        assertThat(suppressed(duplicate)).isFalse();
        assertThat(suppressed(greylisted)).isFalse();
    }

    @Test
    void softBouncesSuppressOnlyFromTheThirdInARow() throws Exception {
        String email = unique("boite-pleine") + "@example.org";
        for (int i = 1; i <= 3; i++) {
            int n = i;
            assertThat(post(event(
                            "bounce", email, 1_700_001_000L + i, ",\"hard_bounce\":false,\"error\":\"mailbox full\"")))
                    .isEqualTo(200);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> store.suppression(email)
                                    .map(SuppressionDocument::softBounces)
                                    .orElse(0)
                            == n);
            assertThat(suppressed(email)).isEqualTo(n == 3);
        }
    }

    @Test
    void eventsUpdateTheirMessage() throws Exception {
        MailMessage m = MailMessage.of(
                unique("suivi"),
                Address.of("ot@example.org"),
                Address.of("lecteur@example.org"),
                "Back Office",
                "<p>x</p>",
                "x");
        mail.send(m);
        assertThat(post(
                        "{\"event\":\"open\",\"time\":1700002000,\"MessageID\":42,\"email\":\"lecteur@example.org\",\"CustomID\":\""
                                + m.id() + "\"}"))
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "OPENED".equals(store.message(m.id()).orElseThrow().status()));
        assertThat(store.message(m.id()).orElseThrow().lastEvent()).isEqualTo("open");
    }
}
