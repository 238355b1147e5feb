package io.rayonne.press;

import java.util.Locale;

/** How a piece of coverage reached its public. */
public enum Medium {
    PRINT,
    WEB,
    TV,
    RADIO,
    SOCIAL;

    /** The value in search facets and reports, and its translation key {@code medium.<value>}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String key() {
        return "medium." + value();
    }

    /** Print is measured in pages, broadcasts in minutes. */
    public boolean inPages() {
        return this == PRINT;
    }

    public boolean inMinutes() {
        return this == TV || this == RADIO;
    }
}
