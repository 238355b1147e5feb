package io.rayonne.mail.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.rayonne.mail.Address;
import io.rayonne.mail.Delivery;
import io.rayonne.mail.Mail;
import io.rayonne.mail.MailMessage;
import io.rayonne.mail.MailSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The mail port. Every message is written to the ledger before anything else, under its id: a
 * message handed over twice is sent once, and its first outcome is returned again. Invalid and
 * suppressed addresses are refused without reaching Mailjet; without Mailjet keys, messages are
 * recorded in the outbox.
 */
@Service
class MailService implements Mail, org.springframework.beans.factory.DisposableBean {

    static final String PENDING = "PENDING";
    private static final Logger log = LoggerFactory.getLogger(MailService.class);

    private final MailStore store;
    private final @Nullable MailjetGateway mailjet;
    private final Clock clock;
    private final MailHealth health;
    private final Map<Delivery.Status, Counter> handed = new java.util.EnumMap<>(Delivery.Status.class);

    MailService(MailStore store, MailSettings settings, Clock clock, MailHealth health, MeterRegistry meters) {
        this.store = store;
        this.clock = clock;
        this.health = health;
        for (Delivery.Status status : Delivery.Status.values()) {
            handed.put(
                    status,
                    Counter.builder("rayonne.mail.messages")
                            .description("Messages handed to the mail port, by what became of them")
                            .tag("status", status.name())
                            .register(meters));
        }
        this.mailjet = settings.mailjet().configured() ? new MailjetGateway(settings.mailjet()) : null;
        log.info(
                mailjet == null
                        ? "Mailjet is not configured (MAILJET_API_KEY, MAILJET_SECRET_KEY): messages wait in the outbox"
                        : "Mail goes through Mailjet at " + settings.mailjet().baseUrl()
                                + (settings.mailjet().sandbox() ? " (sandbox)" : ""));
    }

    @Override
    public void destroy() {
        if (mailjet != null) {
            mailjet.close();
        }
    }

    @Override
    public boolean isMailjetConfigured() {
        return mailjet != null;
    }

    @Override
    public List<Delivery> send(List<MailMessage> messages) {
        return hand(messages, false);
    }

    @Override
    public List<Delivery> resend(List<MailMessage> messages) {
        List<MailMessage> withoutCampaign =
                messages.stream().filter(m -> m.campaign() == null).toList();
        if (!withoutCampaign.isEmpty()) {
            throw new IllegalArgumentException("Only campaign messages are handed over again: "
                    + withoutCampaign.stream().map(MailMessage::id).toList());
        }
        return hand(messages, true);
    }

    /**
     * Records, then hands over what must go: new messages, messages deferred before (certainly not
     * sent) and, when {@code again}, campaign messages left pending or unknown.
     *
     * <p>A campaign's copies ({@code again}) are not recorded before the hand-over: the campaign's
     * own ledger holds each of them before it is handed, and Mailjet drops a second copy within the
     * campaign, so a record here first would only cost a write per copy. They are read (in real
     * time) to skip those already answered, and recorded with Mailjet's answer.
     */
    private List<Delivery> hand(List<MailMessage> messages, boolean again) {
        Instant now = clock.instant();
        MailStore.Visibility visibility = again ? MailStore.Visibility.BY_ID : MailStore.Visibility.SEARCHABLE;
        Map<String, String> refusals = refusals(messages);
        Map<String, MessageDocument> documents = new LinkedHashMap<>();
        for (MailMessage m : messages) {
            String reason = refusals.get(m.id());
            documents.putIfAbsent(
                    m.id(), document(m, reason == null ? PENDING : Delivery.Status.REFUSED.name(), reason, now));
        }
        Map<String, MessageDocument> earlier = again
                ? store.messages(documents.keySet())
                : store.messages(store.createAll(List.copyOf(documents.values()), visibility));
        Set<String> handedBefore = new HashSet<>(earlier.keySet());
        Set<String> handedAgain = new HashSet<>();
        List<MessageDocument> pendingAgain = new ArrayList<>();
        earlier.forEach((id, stored) -> {
            if (mayHandAgain(stored, again)) {
                handedAgain.add(id);
                MessageDocument pending = stored.unversioned().withOutcome(PENDING, null, null, now);
                pendingAgain.add(pending);
                documents.put(id, pending);
            }
        });
        if (!again) {
            store.saveAll(pendingAgain, visibility);
        }

        List<MailMessage> toSend = messages.stream()
                .filter(m -> (!handedBefore.contains(m.id()) || handedAgain.contains(m.id()))
                        && !refusals.containsKey(m.id()))
                .collect(Collectors.toMap(MailMessage::id, m -> m, (a, b) -> a, LinkedHashMap::new))
                .values()
                .stream()
                .toList();
        List<Delivery> outcomes = mailjet == null
                ? toSend.stream()
                        .map(m -> new Delivery(
                                m.id(),
                                Delivery.Status.RECORDED,
                                null,
                                "Mailjet n’est pas configuré : le message attend dans la boîte d’envoi."))
                        .toList()
                : mailjet.deliver(toSend);
        if (mailjet != null && !outcomes.isEmpty()) {
            health.answered(outcomes, clock.instant());
        }

        Map<String, Delivery> byId = new HashMap<>();
        List<MessageDocument> updated = new ArrayList<>();
        Instant done = clock.instant();
        for (Delivery d : outcomes) {
            byId.put(d.messageId(), d);
            updated.add(documents.get(d.messageId()).withOutcome(d.status().name(), d.providerId(), d.reason(), done));
        }
        if (again) {
            // Refused before Mailjet and never recorded: recorded now, with why.
            documents.forEach((id, d) -> {
                if (refusals.containsKey(id) && !handedBefore.contains(id)) {
                    updated.add(d);
                }
            });
        }
        store.saveAll(updated, visibility);

        outcomes.forEach(d -> handed.get(d.status()).increment());
        refusals.keySet().stream()
                .filter(id -> !handedBefore.contains(id))
                .forEach(id -> handed.get(Delivery.Status.REFUSED).increment());
        List<Delivery> results = new ArrayList<>(messages.size());
        for (MailMessage m : messages) {
            if (byId.containsKey(m.id())) {
                results.add(byId.get(m.id()));
            } else if (handedBefore.contains(m.id())) {
                results.add(earlier(m.id(), earlier.get(m.id())));
            } else {
                results.add(Delivery.refused(m.id(), refusals.get(m.id())));
            }
        }
        return results;
    }

    /**
     * A deferred message was certainly not sent, so it goes now. A pending or unknown one may have
     * reached Mailjet: only a campaign's, handed again on purpose, since Mailjet drops a second copy.
     */
    private static boolean mayHandAgain(@Nullable MessageDocument stored, boolean again) {
        if (stored == null) {
            return false;
        }
        String status = stored.status();
        if (Delivery.Status.DEFERRED.name().equals(status)
                || Delivery.Status.SENDER_REFUSED.name().equals(status)) {
            return true;
        }
        return again
                && stored.campaign() != null
                && (PENDING.equals(status) || Delivery.Status.UNKNOWN.name().equals(status));
    }

    /** Why a message cannot be sent at all: a malformed address, or one on the suppression list. */
    private Map<String, String> refusals(List<MailMessage> messages) {
        Map<String, String> reasons = new HashMap<>();
        Set<String> recipients = messages.stream()
                .flatMap(m -> m.recipients().stream())
                .filter(Address::isValid)
                .map(Address::normalized)
                .collect(Collectors.toSet());
        Map<String, SuppressionDocument> suppressed = store.activeSuppressions(recipients);
        for (MailMessage m : messages) {
            if (!m.from().isValid()) {
                reasons.put(
                        m.id(),
                        "L’adresse d’expédition « " + m.from().email() + " » n’est pas une adresse email valide.");
            } else if (m.to().isEmpty()) {
                reasons.put(m.id(), "Le message n’a aucun destinataire.");
            } else if (m.subject().isBlank()) {
                reasons.put(m.id(), "Le message n’a pas d’objet.");
            } else {
                for (Address to : m.recipients()) {
                    if (!to.isValid()) {
                        reasons.put(m.id(), "« " + to.email() + " » n’est pas une adresse email valide.");
                        break;
                    }
                    SuppressionDocument s = suppressed.get(to.normalized());
                    if (s != null) {
                        reasons.put(
                                m.id(),
                                "« " + to.email() + " » est bloquée (" + Suppressions.label(s.cause())
                                        + ") : Rayonne ne lui écrit plus.");
                        break;
                    }
                }
            }
        }
        return reasons;
    }

    private static Delivery earlier(String id, @Nullable MessageDocument stored) {
        if (stored == null || PENDING.equals(stored.status())) {
            return new Delivery(
                    id,
                    Delivery.Status.UNKNOWN,
                    null,
                    "Ce message est déjà en cours d’envoi : il n’est pas envoyé une seconde fois.");
        }
        return new Delivery(id, Delivery.Status.valueOf(stored.status()), stored.providerId(), stored.reason());
    }

    private MessageDocument document(MailMessage m, String status, @Nullable String reason, Instant now) {
        // A bulletin's copies are the campaign's business (it keeps the issue once); the ledger keeps
        // their bodies only in the outbox, where they are shown.
        boolean keepBody = m.campaign() == null || mailjet == null;
        return new MessageDocument(
                m.id(),
                m.from().email(),
                m.from().name(),
                m.to().stream().map(Address::email).toList(),
                m.cc().stream().map(Address::email).toList(),
                m.subject(),
                keepBody ? m.html() : "",
                keepBody ? m.text() : "",
                m.campaign(),
                status,
                null,
                reason,
                null,
                now,
                now,
                null);
    }
}
