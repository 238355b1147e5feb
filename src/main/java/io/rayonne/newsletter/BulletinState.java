package io.rayonne.newsletter;

import java.util.Locale;

/** Where an issue stands: written, being sent (frozen from then on), sent. */
public enum BulletinState {
    DRAFT,
    SENDING,
    SENT;

    public String key() {
        return "newsletter.state." + name().toLowerCase(Locale.ROOT);
    }
}
