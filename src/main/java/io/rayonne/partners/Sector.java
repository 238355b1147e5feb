package io.rayonne.partners;

import java.util.Locale;

/** A partner's line of business ("filière"), as tourism offices sort their partners. */
public enum Sector {
    ACCOMMODATION,
    FOOD,
    CULTURE,
    LEISURE,
    PRODUCERS,
    SHOPS,
    EVENTS,
    SERVICES,
    OTHER;

    public String key() {
        return "partners.sector." + name().toLowerCase(Locale.ROOT);
    }
}
