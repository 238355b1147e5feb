package io.rayonne.media;

import java.util.Locale;

/** What a photo may be used for, as a consent lists it. */
public enum PhotoUse {
    SOCIAL_NETWORKS,
    WEBSITE,
    PRINT,
    NEWSLETTER,
    PRESS;

    /** Translation key of the use's name. */
    public String key() {
        return "media.use." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
