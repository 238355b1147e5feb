package io.rayonne.press;

import java.util.Locale;

/** Where a press visit stands, from the first idea to the last article it brought. */
public enum VisitStatus {
    IDEA,
    PROPOSED,
    CONFIRMED,
    DONE,
    COVERAGE_EXPECTED,
    CLOSED,
    CANCELLED;

    public String key() {
        return "press.visit.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** From this status on the journalist has been approached: other offices should know. */
    public boolean approached() {
        return this != IDEA;
    }

    /** Needs its dates: one cannot propose, confirm or hold a visit on no day. */
    public boolean needsDates() {
        return this != IDEA && this != CANCELLED;
    }

    /** The visit has taken place: its last day is behind us. */
    public boolean happened() {
        return this == DONE || this == COVERAGE_EXPECTED || this == CLOSED;
    }
}
