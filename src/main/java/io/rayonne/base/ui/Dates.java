package io.rayonne.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
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

    public static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(day);
    }

    /**
     * A date picker that speaks the user's language: month and day names from the JDK, dates typed
     * and shown as people of that language write them (31/12/2026 in French), weeks from Monday.
     */
    public static DatePicker picker(String label, Locale locale) {
        var picker = new DatePicker(label);
        picker.setLocale(locale);
        var i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                .toList());
        DayOfWeek[] week = {
            DayOfWeek.SUNDAY,
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY,
            DayOfWeek.SATURDAY
        };
        i18n.setWeekdays(Arrays.stream(week)
                .map(d -> d.getDisplayName(TextStyle.FULL, locale))
                .toList());
        i18n.setWeekdaysShort(Arrays.stream(week)
                .map(d -> d.getDisplayName(TextStyle.SHORT, locale))
                .toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(picker.getTranslation("common.today"));
        i18n.setCancel(picker.getTranslation("common.cancel"));
        if (Locale.FRENCH.getLanguage().equals(locale.getLanguage())) {
            i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy", "d/M/yy");
        }
        picker.setI18n(i18n);
        return picker;
    }

    public static String date(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .withZone(PARIS)
                .format(instant);
    }
}
