package io.rayonne.calendar;

import java.util.Locale;

/** Where a post's version in another language stands. */
public enum TranslationStatus {
    /** Asked for, not written yet. */
    TO_TRANSLATE,
    /** Written by a translation engine: to be read again by someone who speaks the language. */
    MACHINE,
    DONE;

    public String key() {
        return "calendar.translation." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
