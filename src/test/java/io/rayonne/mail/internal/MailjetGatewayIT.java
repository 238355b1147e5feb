package io.rayonne.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rayonne.mail.Address;
import io.rayonne.mail.Delivery;
import io.rayonne.mail.MailMessage;
import io.rayonne.mail.MailSettings;
import io.rayonne.testing.MailjetEmulator;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real Mailjet client against the emulator: what it sends, and what Rayonne makes of each answer. */
class MailjetGatewayIT {

    static final MailjetEmulator mailjet = new MailjetEmulator();
    static final Address FROM = new Address("presse@amiens-tourisme.example", "Amiens Métropole Tourisme");

    @AfterAll
    static void stop() {
        mailjet.close();
    }

    @BeforeEach
    void reset() {
        mailjet.reset();
    }

    private static MailjetGateway gateway(URI url, String key, Duration readTimeout) {
        return new MailjetGateway(new MailSettings.Mailjet(
                key,
                MailjetEmulator.SECRET,
                url,
                false,
                Duration.ofSeconds(2),
                readTimeout,
                3,
                Duration.ofMillis(20),
                4));
    }

    private static MailjetGateway gateway() {
        return gateway(mailjet.url(), MailjetEmulator.API_KEY, Duration.ofSeconds(10));
    }

    private static List<MailMessage> messages(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> MailMessage.of(
                        "m-" + i,
                        FROM,
                        Address.of("partenaire" + i + "@example.org"),
                        "Bulletin de mars",
                        "<p>Bonjour</p>",
                        "Bonjour"))
                .toList();
    }

    @Test
    void sendsInBatchesOfFiftyWithCustomIdsAndReadsMailjetsIds() {
        List<Delivery> deliveries = gateway().deliver(messages(120));

        assertThat(mailjet.requests()).hasSize(3);
        assertThat(mailjet.requests())
                .extracting(r -> r.path("Messages").size())
                .containsExactlyInAnyOrder(50, 50, 20);
        JsonNode first = mailjet.messages().stream()
                .filter(m -> m.path("CustomID").asText().equals("m-0"))
                .findFirst()
                .orElseThrow();
        assertThat(first.path("CustomID").asText()).isEqualTo("m-0");
        assertThat(first.path("From").path("Email").asText()).isEqualTo("presse@amiens-tourisme.example");
        assertThat(first.path("From").path("Name").asText()).isEqualTo("Amiens Métropole Tourisme");
        assertThat(first.path("To").path(0).path("Email").asText()).isEqualTo("partenaire0@example.org");
        assertThat(first.path("HTMLPart").asText()).isEqualTo("<p>Bonjour</p>");
        assertThat(first.path("TextPart").asText()).isEqualTo("Bonjour");
        assertThat(deliveries).hasSize(120).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(Delivery.Status.ACCEPTED);
            assertThat(d.providerId()).isNotBlank();
        });
        assertThat(deliveries).extracting(Delivery::messageId).startsWith("m-0", "m-1");
    }

    @Test
    void sandboxModeIsADryRunAskedOfMailjet() {
        new MailjetGateway(new MailSettings.Mailjet(
                        MailjetEmulator.API_KEY,
                        MailjetEmulator.SECRET,
                        mailjet.url(),
                        true,
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(5),
                        3,
                        Duration.ofMillis(20),
                        4))
                .deliver(messages(1));
        assertThat(mailjet.requests().get(0).path("SandboxMode").asBoolean()).isTrue();
        gateway().deliver(messages(1));
        assertThat(mailjet.requests().get(1).path("SandboxMode").asBoolean(false))
                .isFalse();
    }

    @Test
    void campaignsAreDeduplicatedByMailjet() {
        MailMessage m = new MailMessage(
                "c-1",
                FROM,
                List.of(Address.of("hotel@example.org")),
                List.of(new Address("cdt@example.org", "Comité départemental")),
                null,
                "Back Office",
                "<p>x</p>",
                "x",
                Map.of("X-Rayonne", "bulletin"),
                List.of(new io.rayonne.mail.Attachment(
                        "programme.pdf",
                        "application/pdf",
                        "%PDF-1.4 accueil presse".getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                "back-office-2024-02");
        gateway().deliver(List.of(m));
        JsonNode sent = mailjet.messages().get(0);
        assertThat(sent.path("CustomCampaign").asText()).isEqualTo("back-office-2024-02");
        assertThat(sent.path("DeduplicateCampaign").asBoolean()).isTrue();
        assertThat(sent.path("Cc").path(0).path("Email").asText()).isEqualTo("cdt@example.org");
        assertThat(sent.path("Cc").path(0).path("Name").asText()).isEqualTo("Comité départemental");
        assertThat(sent.path("Headers").path("X-Rayonne").asText()).isEqualTo("bulletin");
        JsonNode attachment = sent.path("Attachments").path(0);
        assertThat(attachment.path("Filename").asText()).isEqualTo("programme.pdf");
        assertThat(attachment.path("ContentType").asText()).isEqualTo("application/pdf");
        assertThat(new String(
                        java.util.Base64.getDecoder()
                                .decode(attachment.path("Base64Content").asText()),
                        java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("%PDF-1.4 accueil presse");
    }

    @Test
    void aFourHundredMixingSentAndRefusedMessagesIsReadPerMessage() {
        mailjet.refuse("partenaire1@example.org");
        List<Delivery> deliveries = gateway().deliver(messages(3));
        assertThat(mailjet.requests()).hasSize(1);
        assertThat(deliveries)
                .extracting(Delivery::status)
                .containsExactly(Delivery.Status.ACCEPTED, Delivery.Status.REFUSED, Delivery.Status.ACCEPTED);
        assertThat(deliveries.get(1).reason()).contains("invalid email address").contains("To[0].Email");
    }

    @Test
    void rateLimitsAndServerErrorsAreRetriedWithBackoffAndNothingIsSentTwice() {
        mailjet.answerNext(429, 503);
        List<Delivery> deliveries = gateway().deliver(messages(2));
        assertThat(mailjet.requests()).hasSize(3);
        assertThat(deliveries).allSatisfy(d -> assertThat(d.status()).isEqualTo(Delivery.Status.ACCEPTED));
        assertThat(mailjet.acceptedCount()).isEqualTo(2);
    }

    @Test
    void aRateLimitThatLastsGivesUpAfterTheCapAndSaysSo() {
        mailjet.answerNext(429, 429, 429, 429);
        List<Delivery> deliveries = gateway().deliver(messages(2));
        assertThat(mailjet.requests()).hasSize(3);
        assertThat(deliveries).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(Delivery.Status.DEFERRED);
            assertThat(d.reason()).contains("429").contains("3 essais");
        });
    }

    @Test
    void wrongKeysAreNotRetriedAndTheAdminIsToldWhatToCheck() {
        List<Delivery> deliveries =
                gateway(mailjet.url(), "wrong-key", Duration.ofSeconds(5)).deliver(messages(2));
        assertThat(deliveries).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(Delivery.Status.REFUSED);
            assertThat(d.reason()).contains("401").contains("MAILJET_API_KEY");
        });
    }

    @Test
    void aSlowMailjetIsReportedAsUnknownAndNeverRetried() {
        mailjet.delay(Duration.ofMillis(1500));
        List<Delivery> deliveries = gateway(mailjet.url(), MailjetEmulator.API_KEY, Duration.ofMillis(300))
                .deliver(messages(1));
        assertThat(deliveries.get(0).status()).isEqualTo(Delivery.Status.UNKNOWN);
        assertThat(mailjet.requests()).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void mailjetDownIsRetriedThenDeferredWithoutEverSending() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        List<Delivery> deliveries = gateway(
                        URI.create("http://127.0.0.1:" + closed), MailjetEmulator.API_KEY, Duration.ofSeconds(2))
                .deliver(messages(1));
        assertThat(deliveries.get(0).status()).isEqualTo(Delivery.Status.DEFERRED);
        assertThat(deliveries.get(0).reason()).contains("injoignable");
    }
}
