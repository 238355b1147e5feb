package io.rayonne.media;

import io.rayonne.base.Channel;
import java.util.Locale;

/** What a photo may be used for, as a consent lists it. */
public enum PhotoUse {
    SOCIAL_NETWORKS,
    WEBSITE,
    PRINT,
    NEWSLETTER,
    PRESS;

    /** The use a publication on this channel makes of its photos. */
    public static PhotoUse of(Channel channel) {
        if (channel.socialNetwork()) {
            return SOCIAL_NETWORKS;
        }
        return switch (channel) {
            case NEWSLETTER -> NEWSLETTER;
            case PRESS_RELEASE -> PRESS;
            default -> WEBSITE;
        };
    }

    /** Translation key of the use's name. */
    public String key() {
        return "media.use." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
