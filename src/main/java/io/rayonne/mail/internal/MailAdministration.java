package io.rayonne.mail.internal;

import io.rayonne.mail.Address;
import io.rayonne.mail.Delivery;
import io.rayonne.mail.Mail;
import io.rayonne.mail.MailMessage;
import io.rayonne.mail.MailRenderer;
import io.rayonne.mail.MailSettings;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** What the administrator's mail screen shows and does. */
@Service
@RolesAllowed("ADMIN")
public class MailAdministration implements io.rayonne.mail.MailMonitor, io.rayonne.base.PersonalData {

    /** A message of the ledger, as the screen shows it. */
    public record Message(
            String id,
            String from,
            List<String> to,
            List<String> cc,
            String subject,
            String html,
            String text,
            String status,
            @Nullable String reason,
            @Nullable String lastEvent,
            Instant createdAt) {}

    /** An address Rayonne does not write to. */
    public record Blocked(String email, String cause, @Nullable String detail, Instant since) {}

    private final Mail mail;
    private final MailStore store;
    private final MailRenderer renderer;
    private final MailSettings settings;
    private final Clock clock;

    MailAdministration(Mail mail, MailStore store, MailRenderer renderer, MailSettings settings, Clock clock) {
        this.mail = mail;
        this.store = store;
        this.renderer = renderer;
        this.settings = settings;
        this.clock = clock;
    }

    public boolean mailjetConfigured() {
        return mail.isMailjetConfigured();
    }

    public List<Message> recentMessages() {
        return store.recentMessages(500).stream()
                .map(m -> new Message(
                        m.id(),
                        m.fromEmail(),
                        m.to(),
                        m.cc() == null ? List.of() : m.cc(),
                        m.subject(),
                        m.html(),
                        m.text(),
                        m.status(),
                        m.reason(),
                        m.lastEvent(),
                        m.createdAt()))
                .toList();
    }

    @Override
    public io.rayonne.mail.MailAlerts alerts(java.time.Duration over) {
        Instant since = clock.instant().minus(over);
        var failed = store.recentMessages(500).stream()
                .filter(m -> m.createdAt().isAfter(since))
                .filter(m -> FAILED.contains(m.status()))
                .map(m -> new io.rayonne.mail.MailAlerts.Failed(
                        m.id(),
                        m.subject(),
                        m.to(),
                        io.rayonne.mail.Delivery.Status.valueOf(m.status()),
                        m.createdAt()))
                .toList();
        return new io.rayonne.mail.MailAlerts(store.activeSuppressionList().size(), failed);
    }

    private static final java.util.Set<String> FAILED = java.util.Set.of("REFUSED", "UNKNOWN", "SENDER_REFUSED");

    public List<Blocked> blockedAddresses() {
        return store.activeSuppressionList().stream()
                .map(s -> new Blocked(s.id(), Suppressions.label(s.cause()), s.detail(), s.updatedAt()))
                .toList();
    }

    /** Lets Rayonne write to the address again; the reason is kept. */
    public void lift(String email, String reason, String by) {
        if (reason.isBlank()) {
            throw new IllegalArgumentException("A reason is required to lift a suppression");
        }
        store.suppression(email.toLowerCase(Locale.ROOT))
                .ifPresent(s -> store.save(new SuppressionDocument(
                        s.id(),
                        false,
                        s.cause(),
                        s.detail(),
                        0,
                        clock.instant(),
                        by,
                        reason.strip(),
                        s.seqNoPrimaryTerm())));
    }

    /** Sends the test message to any address, as the administrator. */
    public Delivery sendTest(String to, String sender) {
        String date = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", Locale.FRENCH)
                .withZone(ZoneId.of("Europe/Paris"))
                .format(clock.instant());
        var rendered = renderer.render("test", Map.of("sender", sender, "date", date), "Message d’essai de Rayonne");
        return mail.send(MailMessage.of(
                "test-" + UUID.randomUUID(),
                new Address(settings.fromEmail(), settings.fromName()),
                Address.of(to),
                "Rayonne : message d’essai",
                rendered.html(),
                rendered.text()));
    }

    // ---- personal data

    /** The messages sent to the address, Mailjet's events about it, and whether it is blocked. */
    @Override
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('ADMIN')")
    public List<io.rayonne.base.PersonalData.Held> heldOn(String email) {
        List<String> addresses = io.rayonne.base.PersonalData.addressForms(email);
        List<io.rayonne.base.PersonalData.Held> held = new java.util.ArrayList<>();
        for (MessageDocument m : store.messagesTo(addresses)) {
            java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
            data.put("at", m.createdAt().toString());
            data.put("from", m.fromEmail());
            data.put("to", m.to());
            data.put("cc", m.cc());
            data.put("status", m.status());
            data.put("bulletin", m.campaign());
            held.add(new io.rayonne.base.PersonalData.Held("message", m.id(), m.subject(), data));
        }
        for (var hit : store.eventsAbout(addresses)) {
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> event = hit.getContent();
            held.add(new io.rayonne.base.PersonalData.Held(
                    "mail-event", hit.getId(), String.valueOf(event.get("event")), event));
        }
        store.suppression(Address.of(email).normalized())
                .ifPresent(s -> held.add(new io.rayonne.base.PersonalData.Held(
                        "blocked-address",
                        s.id(),
                        Suppressions.label(s.cause()),
                        java.util.Map.of("cause", s.cause(), "active", s.active()))));
        return held;
    }

    /**
     * Replaces the address in the messages and events (their bodies, which name the person, go);
     * dates and outcomes stay, counted. A blocked address stays blocked: that is what the person
     * asked for by complaining or unsubscribing, and it keeps Rayonne from writing again.
     */
    @Override
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('ADMIN')")
    public int erase(String email) {
        List<String> addresses = io.rayonne.base.PersonalData.addressForms(email);
        int erased = 0;
        for (MessageDocument m : store.messagesTo(addresses)) {
            store.save(m.forgetting(addresses, io.rayonne.base.PersonalData.ERASED_ADDRESS));
            erased++;
        }
        for (var hit : store.eventsAbout(addresses)) {
            store.replaceEventEmail(hit.getId(), io.rayonne.base.PersonalData.ERASED_ADDRESS);
            erased++;
        }
        return erased;
    }
}
