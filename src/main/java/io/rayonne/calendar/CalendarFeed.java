package io.rayonne.calendar;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A private iCal feed of posts, for Outlook, Google Calendar or Thunderbird: an office's posts, an
 * office's posts on one theme, or one person's posts. Whoever has the link reads the feed, until
 * its maker revokes it.
 *
 * @param userId who made it (for {@link Kind#PERSON}, whose posts it lists)
 */
public record CalendarFeed(
        String id,
        Kind kind,
        String officeId,
        @Nullable String theme,
        String userId,
        String token,
        Instant createdAt,
        @Nullable Instant revokedAt) {

    public enum Kind {
        OFFICE,
        THEME,
        PERSON;

        public String key() {
            return "calendar.feed.kind." + name().toLowerCase(Locale.ROOT);
        }
    }

    public boolean active() {
        return revokedAt == null;
    }

    /** The feed's path under Rayonne's address. */
    public String path() {
        return "ical/" + token + ".ics";
    }
}
