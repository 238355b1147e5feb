package io.rayonne.press;

import java.util.Locale;

/** Who asked for the visit: the journalist, or the office inviting them. */
public enum VisitOrigin {
    REQUESTED,
    PROPOSED;

    public String key() {
        return "press.visit.origin." + name().toLowerCase(Locale.ROOT);
    }
}
