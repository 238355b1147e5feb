package io.rayonne.press;

import java.util.Locale;

/** How a piece of coverage speaks of the destination. */
public enum Tone {
    POSITIVE,
    NEUTRAL,
    NEGATIVE;

    public String key() {
        return "press.tone." + name().toLowerCase(Locale.ROOT);
    }
}
