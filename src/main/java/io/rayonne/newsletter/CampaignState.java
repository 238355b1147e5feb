package io.rayonne.newsletter;

import java.util.Locale;

/** Where the sending of an issue stands. */
public enum CampaignState {
    /** Waits for its moment; the issue still follows its sources. */
    SCHEDULED,
    SENDING,
    /** Stopped by a person, or by Mailjet staying out of reach; resumed where it was. */
    PAUSED,
    SENT,
    /** Stopped for good: the recipients not reached yet will not be. */
    CANCELLED;

    public String key() {
        return "newsletter.campaign.state." + name().toLowerCase(Locale.ROOT);
    }

    public boolean finished() {
        return this == SENT || this == CANCELLED;
    }
}
