package io.rayonne.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes posts as an iCalendar (RFC 5545) feed: times in UTC (converted from their Paris time, so
 * every client places them right across daylight saving, without a VTIMEZONE), text escaped, lines
 * folded at 75 octets without cutting a character, CRLF line ends. No METHOD: a subscribed feed is
 * not an iTIP message, and iTIP's PUBLISH would require an ORGANIZER with an email address.
 */
final class Ical {

    /** One event of the feed. */
    record Event(
            String uid,
            Instant start,
            Instant end,
            Instant stamp,
            int sequence,
            String summary,
            String description,
            String status,
            String categories,
            String url) {}

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private Ical() {}

    static String calendar(String name, List<Event> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Rayonne//Calendrier editorial//FR");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + text(name));
        line(out, "X-WR-TIMEZONE:Europe/Paris");
        line(out, "REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        line(out, "X-PUBLISHED-TTL:PT1H");
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(e.uid()));
            line(out, "DTSTAMP:" + UTC.format(e.stamp()));
            line(out, "LAST-MODIFIED:" + UTC.format(e.stamp()));
            line(out, "SEQUENCE:" + e.sequence());
            line(out, "DTSTART:" + UTC.format(e.start()));
            line(out, "DTEND:" + UTC.format(e.end()));
            line(out, "SUMMARY:" + text(e.summary()));
            line(out, "DESCRIPTION:" + text(e.description()));
            line(out, "STATUS:" + e.status());
            line(out, "TRANSP:TRANSPARENT");
            if (!e.categories().isBlank()) {
                line(out, "CATEGORIES:" + text(e.categories()));
            }
            line(out, "URL:" + e.url());
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT values: backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** A content line folded at 75 octets (a space opens each continuation), never inside a character. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
