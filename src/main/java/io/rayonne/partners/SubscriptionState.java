package io.rayonne.partners;

import java.util.Locale;

/** Whether a contact receives bulletins. */
public enum SubscriptionState {
    SUBSCRIBED,
    /** They asked not to receive bulletins any more (by link, or told the office). */
    UNSUBSCRIBED,
    /** The mail module stopped writing to the address (hard bounce, spam complaint, blocked). */
    SUPPRESSED;

    public String key() {
        return "partners.subscription." + name().toLowerCase(Locale.ROOT);
    }
}
