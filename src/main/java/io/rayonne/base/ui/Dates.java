package io.rayonne.base.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as people of the offices read them: Paris time, in the user's language. */
public final class Dates {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private Dates() {}

    public static String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(PARIS)
                .format(instant);
    }

    public static String date(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .withZone(PARIS)
                .format(instant);
    }
}
