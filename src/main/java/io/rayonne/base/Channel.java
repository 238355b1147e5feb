package io.rayonne.base;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * Where an office publishes. The limits are the networks' own, in characters as they count them
 * (the series export counts code points; the calendar refines links and emoji).
 */
public enum Channel {
    FACEBOOK(63_206, true),
    INSTAGRAM(2_200, true),
    LINKEDIN(3_000, true),
    X(280, true),
    WEBSITE(0, false),
    BLOG(0, false),
    NEWSLETTER(0, false),
    PRESS_RELEASE(0, false);

    private final int limit;
    private final boolean socialNetwork;

    Channel(int limit, boolean socialNetwork) {
        this.limit = limit;
        this.socialNetwork = socialNetwork;
    }

    /** The most characters a post may have, when the channel has a limit. */
    public OptionalInt limit() {
        return limit == 0 ? OptionalInt.empty() : OptionalInt.of(limit);
    }

    public boolean socialNetwork() {
        return socialNetwork;
    }

    /** Translation key of the channel's name. */
    public String key() {
        return "channel." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
