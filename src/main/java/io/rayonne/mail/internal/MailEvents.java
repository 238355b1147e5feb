package io.rayonne.mail.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.rayonne.mail.AddressSuppressed;
import io.rayonne.mail.MailEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What an event from Mailjet changes: the message's status, and the suppression list. An address
 * is suppressed on spam, unsubscription, a hard bounce, or a block that concerns the address;
 * soft bounces count toward {@link Suppressions#SOFT_BOUNCE_LIMIT}; other errors (greylisting,
 * "duplicate in campaign", Mailjet's own troubles) suppress nothing.
 */
@Component
class MailEvents {

    private static final Logger log = LoggerFactory.getLogger(MailEvents.class);

    private final MailStore store;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    MailEvents(MailStore store, Clock clock, ApplicationEventPublisher publisher) {
        this.store = store;
        this.clock = clock;
        this.publisher = publisher;
    }

    void apply(JsonNode event) {
        String type = event.path("event").asText("").toLowerCase(Locale.ROOT);
        String email = event.path("email").asText("").strip().toLowerCase(Locale.ROOT);
        updateMessage(event, type);
        if (email.isEmpty()) {
            return;
        }
        switch (type) {
            case "spam" ->
                suppress(email, Suppressions.SPAM, event.path("source").asText(""));
            case "unsub" -> suppress(email, Suppressions.UNSUBSCRIBED, "");
            case "bounce" -> {
                if (event.path("hard_bounce").asBoolean(false)) {
                    suppress(
                            email, Suppressions.HARD_BOUNCE, event.path("error").asText(""));
                } else {
                    softBounce(email, event.path("error").asText(""));
                }
            }
            case "blocked" -> {
                if (concernsTheAddress(event)) {
                    suppress(email, Suppressions.BLOCKED, event.path("error").asText(""));
                }
            }
            case "sent" -> resetSoftBounces(email);
            default -> {
                // open, click: nothing to suppress
            }
        }
    }

    /** Blocked for the recipient or its domain; not for content, a duplicate in a campaign, or Mailjet itself. */
    static boolean concernsTheAddress(JsonNode event) {
        String related = event.path("error_related_to").asText("").toLowerCase(Locale.ROOT);
        return related.equals("recipient") || related.equals("domain");
    }

    private void updateMessage(JsonNode event, String type) {
        String customId = event.path("CustomID").asText("");
        String providerId = event.path("MessageID").asText("");
        Optional<MessageDocument> message = !customId.isEmpty()
                ? store.message(customId)
                : providerId.isEmpty() ? Optional.empty() : store.messageByProviderId(providerId);
        message.ifPresent(m -> {
            store.save(m.withEvent(type, statusAfter(type, m.status()), clock.instant()));
            eventType(type)
                    .ifPresent(t -> publisher.publishEvent(new MailEvent(
                            m.id(),
                            m.campaign(),
                            t,
                            event.path("email").asText("").strip().toLowerCase(Locale.ROOT),
                            event.path("url").asText("").isEmpty()
                                    ? null
                                    : event.path("url").asText(),
                            clock.instant())));
        });
    }

    private static Optional<MailEvent.Type> eventType(String event) {
        return Optional.ofNullable(
                switch (event) {
                    case "sent" -> MailEvent.Type.SENT;
                    case "open" -> MailEvent.Type.OPENED;
                    case "click" -> MailEvent.Type.CLICKED;
                    case "bounce" -> MailEvent.Type.BOUNCED;
                    case "blocked" -> MailEvent.Type.BLOCKED;
                    case "spam" -> MailEvent.Type.SPAM;
                    case "unsub" -> MailEvent.Type.UNSUBSCRIBED;
                    default -> null;
                });
    }

    private static String statusAfter(String event, String current) {
        return switch (event) {
            case "sent" -> "SENT";
            case "open" -> "OPENED";
            case "click" -> "CLICKED";
            case "bounce" -> "BOUNCED";
            case "blocked" -> "BLOCKED";
            case "spam" -> "SPAM";
            case "unsub" -> "UNSUBSCRIBED";
            default -> current;
        };
    }

    private void suppress(String email, String cause, String detail) {
        var existing = store.suppression(email);
        if (existing.isPresent() && existing.get().active()) {
            return;
        }
        store.save(new SuppressionDocument(
                email,
                true,
                cause,
                detail,
                existing.map(SuppressionDocument::softBounces).orElse(0),
                clock.instant(),
                null,
                null,
                existing.map(SuppressionDocument::seqNoPrimaryTerm).orElse(null)));
        log.info("Address suppressed ({})", cause);
        publisher.publishEvent(new AddressSuppressed(email, Suppressions.label(cause)));
    }

    private void softBounce(String email, String detail) {
        var existing = store.suppression(email);
        if (existing.isPresent() && existing.get().active()) {
            return;
        }
        int count = existing.map(SuppressionDocument::softBounces).orElse(0) + 1;
        boolean reached = count >= Suppressions.SOFT_BOUNCE_LIMIT;
        store.save(new SuppressionDocument(
                email,
                reached,
                reached ? Suppressions.SOFT_BOUNCES : null,
                detail,
                count,
                clock.instant(),
                null,
                null,
                existing.map(SuppressionDocument::seqNoPrimaryTerm).orElse(null)));
        if (reached) {
            publisher.publishEvent(new AddressSuppressed(email, Suppressions.label(Suppressions.SOFT_BOUNCES)));
        }
    }

    private void resetSoftBounces(String email) {
        store.suppression(email)
                .filter(s -> !s.active() && s.softBounces() > 0)
                .ifPresent(s -> store.save(new SuppressionDocument(
                        s.id(),
                        false,
                        null,
                        null,
                        0,
                        Instant.now(clock),
                        s.liftedBy(),
                        s.liftReason(),
                        s.seqNoPrimaryTerm())));
    }
}
