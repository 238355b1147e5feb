package io.rayonne.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.rayonne.mail.Address;
import io.rayonne.mail.Delivery;
import io.rayonne.mail.Mail;
import io.rayonne.mail.MailMessage;
import io.rayonne.mail.MailSettings;
import io.rayonne.testing.IntegrationTest;
import io.rayonne.testing.MailjetEmulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;

/** The mail port on the real ledger: outbox without keys, once per id, no message to a bad or blocked address. */
class MailServiceIT extends IntegrationTest {

    static final MailjetEmulator mailjet = new MailjetEmulator();
    static final Address FROM = new Address("contact@valenciennes-tourisme.example", "Valenciennes Tourisme");

    @Autowired
    Mail mail;

    @Autowired
    MailStore store;

    @AfterAll
    static void stop() {
        mailjet.close();
    }

    private MailHealth health;
    private SimpleMeterRegistry meters;

    private MailService throughMailjet() {
        mailjet.reset();
        MailSettings settings = new MailSettings(
                "no-reply@rayonne.example",
                "Rayonne",
                new MailSettings.Mailjet(
                        MailjetEmulator.API_KEY,
                        MailjetEmulator.SECRET,
                        mailjet.url(),
                        false,
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(5),
                        3,
                        Duration.ofMillis(10),
                        4),
                new MailSettings.Webhook(null, null));
        health = new MailHealth(settings);
        meters = new SimpleMeterRegistry();
        return new MailService(store, settings, Clock.systemUTC(), health, meters);
    }

    private static MailMessage message(String to) {
        return MailMessage.of(
                unique("msg"), FROM, Address.of(to), "Invitation à l’accueil presse", "<p>Bonjour</p>", "Bonjour");
    }

    @Test
    void withoutKeysEveryMessageIsRecordedInTheOutboxNotSent() {
        assertThat(mail.isMailjetConfigured()).isFalse();
        MailMessage m = message("hotel@example.org");
        Delivery d = mail.send(m);
        assertThat(d.status()).isEqualTo(Delivery.Status.RECORDED);
        MessageDocument stored = store.message(m.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo("RECORDED");
        assertThat(stored.html()).isEqualTo("<p>Bonjour</p>");
        assertThat(stored.to()).containsExactly("hotel@example.org");
    }

    @Test
    void aMessageHandedOverTwiceIsSentOnceAndTheFirstOutcomeReturned() {
        MailService service = throughMailjet();
        MailMessage m = message("musee@example.org");
        Delivery first = service.send(m);
        Delivery again = service.send(m);
        assertThat(first.status()).isEqualTo(Delivery.Status.ACCEPTED);
        assertThat(again).isEqualTo(new Delivery(m.id(), Delivery.Status.ACCEPTED, first.providerId(), null));
        assertThat(mailjet.messages()).hasSize(1);

        // The same id twice in one call is sent once as well.
        MailMessage twin = message("gite@example.org");
        List<Delivery> both = service.send(List.of(twin, twin));
        assertThat(both)
                .extracting(Delivery::status)
                .containsExactly(Delivery.Status.ACCEPTED, Delivery.Status.ACCEPTED);
        assertThat(mailjet.messages()).hasSize(2);
    }

    @Test
    void aMalformedAddressIsRefusedWithoutCallingMailjet() {
        MailService service = throughMailjet();
        List<Delivery> deliveries = service.send(List.of(message("pas une adresse"), message("ok@example.org")));
        assertThat(deliveries.get(0).status()).isEqualTo(Delivery.Status.REFUSED);
        assertThat(deliveries.get(0).reason()).contains("« pas une adresse » n’est pas une adresse email valide");
        assertThat(deliveries.get(1).status()).isEqualTo(Delivery.Status.ACCEPTED);
        assertThat(mailjet.messages()).hasSize(1);
    }

    @Test
    void aSuppressedAddressIsNeverHandedToMailjet() {
        MailService service = throughMailjet();
        String email = unique("plainte") + "@example.org";
        store.save(new SuppressionDocument(email, true, Suppressions.SPAM, "", 0, Instant.now(), null, null, null));
        Delivery d = service.send(message(email.toUpperCase(java.util.Locale.ROOT)));
        assertThat(d.status()).isEqualTo(Delivery.Status.REFUSED);
        assertThat(d.reason()).contains("bloquée").contains("signalé comme indésirable");
        assertThat(mailjet.requests()).isEmpty();
    }

    private static MailMessage bulletin(String campaign, String to) {
        return new MailMessage(
                unique("bulletin"),
                FROM,
                List.of(Address.of(to)),
                List.of(),
                null,
                "Back Office n°12",
                "<p>Bonjour</p>",
                "Bonjour",
                java.util.Map.of(),
                List.of(),
                campaign);
    }

    @Test
    void aMessageDeferredByARateLimitGoesWhenHandedOverAgain() {
        MailService service = throughMailjet();
        mailjet.answerNext(429, 429, 429);
        MailMessage m = message("office@example.org");
        assertThat(service.send(m).status()).isEqualTo(Delivery.Status.DEFERRED);
        assertThat(mailjet.deliveredTo("office@example.org")).isZero();
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(meters.counter("rayonne.mail.messages", "status", "DEFERRED").count())
                .isEqualTo(1);

        Delivery again = service.send(m);
        assertThat(again.status()).isEqualTo(Delivery.Status.ACCEPTED);
        assertThat(mailjet.deliveredTo("office@example.org")).isEqualTo(1);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getDetails()).containsEntry("mode", "mailjet");
        assertThat(meters.counter("rayonne.mail.messages", "status", "ACCEPTED").count())
                .isEqualTo(1);
        assertThat(service.send(m)).isEqualTo(again);
        assertThat(mailjet.deliveredTo("office@example.org")).isEqualTo(1);
    }

    @Test
    void aCampaignCopyWhoseAnswerWasLostIsHandedAgainAndMailjetDropsTheSecondCopy() {
        MailService service = throughMailjet();
        String campaign = unique("campagne");
        MailMessage m = bulletin(campaign, "hotel-des-remparts@example.org");
        assertThat(service.send(m).status()).isEqualTo(Delivery.Status.ACCEPTED);
        // The answer never reached the ledger (the process died in between): the record is pending.
        MessageDocument stored = store.message(m.id()).orElseThrow();
        store.save(stored.unversioned().withOutcome(MailService.PENDING, null, null, Instant.now()));

        // A plain hand-over does not send what may be on its way already…
        assertThat(service.send(m).status()).isEqualTo(Delivery.Status.UNKNOWN);
        assertThat(mailjet.messages()).hasSize(1);
        // …a resend does, under the same CustomID, and Mailjet drops the second copy.
        Delivery settled = service.resend(List.of(m)).get(0);
        assertThat(settled.status()).isEqualTo(Delivery.Status.ACCEPTED);
        assertThat(mailjet.messages()).hasSize(2);
        assertThat(mailjet.messages().get(1).path("CustomID").asText()).isEqualTo(m.id());
        assertThat(mailjet.messages().get(1).path("DeduplicateCampaign").asBoolean())
                .isTrue();
        assertThat(mailjet.deliveredTo("hotel-des-remparts@example.org")).isEqualTo(1);
        assertThat(mailjet.deduplicatedCount()).isEqualTo(1);
        assertThat(store.message(m.id()).orElseThrow().status()).isEqualTo("ACCEPTED");
    }

    @Test
    void aCampaignCopyRecordedButNeverHandedOverGoesOnResend() {
        MailService service = throughMailjet();
        MailMessage m = bulletin(unique("campagne"), "brasserie@example.org");
        // The process died after the ledger, before Mailjet: a pending record, nothing sent.
        store.createAll(
                List.of(new MessageDocument(
                        m.id(),
                        FROM.email(),
                        FROM.name(),
                        List.of("brasserie@example.org"),
                        List.of(),
                        m.subject(),
                        "",
                        "",
                        m.campaign(),
                        MailService.PENDING,
                        null,
                        null,
                        null,
                        Instant.now(),
                        Instant.now(),
                        null)),
                MailStore.Visibility.BY_ID);
        assertThat(service.resend(List.of(m)).get(0).status()).isEqualTo(Delivery.Status.ACCEPTED);
        assertThat(mailjet.deliveredTo("brasserie@example.org")).isEqualTo(1);
        // With Mailjet configured, the ledger does not keep each copy's body: the campaign keeps the issue.
        assertThat(store.message(m.id()).orElseThrow().html()).isEmpty();
    }

    @Test
    void onlyCampaignMessagesAreHandedOverAgain() {
        MailService service = throughMailjet();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.resend(List.of(message("a@example.org"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(mailjet.requests()).isEmpty();
    }
}
