package io.rayonne.mail;

import org.jspecify.annotations.Nullable;

/**
 * What happened to one message when it was handed over.
 *
 * @param reason for a refused or unknown message, in words a person understands (French)
 */
public record Delivery(String messageId, Status status, @Nullable String providerId, @Nullable String reason) {

    public enum Status {
        /** Mailjet took it; {@code providerId} is its message id. */
        ACCEPTED,
        /** Not sent, and will not be unless handed over again: {@code reason} says why. */
        REFUSED,
        /** Mailjet may or may not have taken it (its server failed mid-request); events will tell. */
        UNKNOWN,
        /** No Mailjet keys: kept in the outbox, shown on the mail screen, not sent. */
        RECORDED,
        /**
         * Certainly not taken, for now: Mailjet was limiting, failing or out of reach through every
         * attempt. Handed over again under the same id, it is sent then (once).
         */
        DEFERRED,
        /**
         * Certainly not taken: Mailjet refuses the sender's address (not validated on the account).
         * No attempt will do better until an administrator fixes it; handed over again under the
         * same id after that, it is sent then (once).
         */
        SENDER_REFUSED
    }

    public static Delivery refused(String messageId, String reason) {
        return new Delivery(messageId, Status.REFUSED, null, reason);
    }
}
