package io.rayonne.calendar;

import java.util.Locale;

/** Where a post stands: idea → draft → in review → approved → scheduled → published, or cancelled. */
public enum PostStatus {
    IDEA,
    DRAFT,
    IN_REVIEW,
    APPROVED,
    SCHEDULED,
    PUBLISHED,
    CANCELLED;

    public String key() {
        return "calendar.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A published or cancelled post stays where it is: it cannot be moved to another day. */
    public boolean locked() {
        return this == PUBLISHED || this == CANCELLED;
    }
}
