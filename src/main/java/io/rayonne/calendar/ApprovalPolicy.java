package io.rayonne.calendar;

import java.util.Locale;

/** How an office reviews its posts before they are scheduled. */
public enum ApprovalPolicy {
    /** Posts are scheduled by whoever writes them. */
    NONE,
    /** A writer may ask for a review, or schedule without one. */
    OPTIONAL,
    /** A colleague approves each post before it is scheduled. */
    REQUIRED,
    /** Two colleagues, one after the other, approve each post. */
    TWO_LEVEL;

    public String key() {
        return "calendar.policy." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    int approvalsNeeded() {
        return switch (this) {
            case NONE, OPTIONAL -> 0;
            case REQUIRED -> 1;
            case TWO_LEVEL -> 2;
        };
    }
}
