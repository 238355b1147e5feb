package io.rayonne.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What Mailjet told of a message that Rayonne handed over, published once per event received.
 *
 * @param messageId the caller's message id (its CustomID)
 * @param campaign the campaign the message belongs to, if any
 * @param url for a click, the link clicked
 */
public record MailEvent(
        String messageId, @Nullable String campaign, Type type, String email, @Nullable String url, Instant at) {

    public enum Type {
        SENT,
        OPENED,
        CLICKED,
        BOUNCED,
        BLOCKED,
        SPAM,
        UNSUBSCRIBED
    }
}
