package io.rayonne.press;

import java.util.Locale;

/** What sort of outlet a journalist writes or speaks for. */
public enum OutletKind {
    DAILY,
    MAGAZINE,
    GUIDEBOOK,
    TV,
    RADIO,
    WEB,
    INFLUENCER;

    public String key() {
        return "press.kind." + name().toLowerCase(Locale.ROOT);
    }
}
