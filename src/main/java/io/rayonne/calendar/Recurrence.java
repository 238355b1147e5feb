package io.rayonne.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a recurring post repeats: every day, on chosen weekdays, or every month on the first day's
 * date, at one local time in Paris (10:00 stays 10:00 across the daylight-saving changes), until a
 * last day or for a number of occurrences — one of the two, never neither.
 *
 * @param every the step: 1 for each day/week/month, 2 for every other…
 * @param weekdays for {@link Frequency#WEEKLY}: the days; empty means the first day's weekday
 */
public record Recurrence(
        Frequency frequency,
        int every,
        Set<DayOfWeek> weekdays,
        LocalDate first,
        LocalTime time,
        @Nullable LocalDate until,
        @Nullable Integer count) {

    /** A series has at most this many posts (a year of daily posts). */
    public static final int MAX_OCCURRENCES = 366;

    public enum Frequency {
        DAILY,
        WEEKLY,
        MONTHLY;

        public String key() {
            return "calendar.recurrence." + name().toLowerCase(Locale.ROOT);
        }
    }

    public Recurrence {
        weekdays = weekdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekdays));
    }

    /** What is wrong with it, as translation keys; empty when it can be laid out. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (every < 1 || every > 12) {
            problems.add("calendar.error.recurrence-step");
        }
        if (until == null && count == null) {
            problems.add("calendar.error.recurrence-endless");
        }
        if (until != null && count != null) {
            problems.add("calendar.error.recurrence-both-ends");
        }
        if (until != null && until.isBefore(first)) {
            problems.add("calendar.error.recurrence-ends-before");
        }
        if (count != null && (count < 1 || count > MAX_OCCURRENCES)) {
            problems.add("calendar.error.recurrence-count");
        }
        return problems;
    }

    /**
     * The local Paris moments of the series, in order. Monthly on the 31st falls on the last day of
     * shorter months; a series longer than {@link #MAX_OCCURRENCES} is refused by {@link #problems()}
     * or, with an end day, cut there.
     */
    public List<LocalDateTime> occurrences() {
        if (!problems().isEmpty()) {
            throw new IllegalStateException("Recurrence with problems: " + problems());
        }
        int wanted = count != null ? count : MAX_OCCURRENCES;
        List<LocalDateTime> found = new ArrayList<>();
        switch (frequency) {
            case DAILY -> {
                for (LocalDate d = first; found.size() < wanted && within(d); d = d.plusDays(every)) {
                    found.add(d.atTime(time));
                }
            }
            case WEEKLY -> {
                Set<DayOfWeek> days = weekdays.isEmpty() ? Set.of(first.getDayOfWeek()) : weekdays;
                LocalDate weekStart = first.minusDays(first.getDayOfWeek().getValue() - 1L);
                for (LocalDate week = weekStart; found.size() < wanted && within(week); week = week.plusWeeks(every)) {
                    for (DayOfWeek day : EnumSet.copyOf(days)) {
                        LocalDate d = week.plusDays(day.getValue() - 1L);
                        if (!d.isBefore(first) && within(d) && found.size() < wanted) {
                            found.add(d.atTime(time));
                        }
                    }
                }
            }
            case MONTHLY -> {
                for (int i = 0; found.size() < wanted; i += every) {
                    LocalDate d = first.plusMonths(i);
                    if (!within(d)) {
                        break;
                    }
                    found.add(d.atTime(time));
                }
            }
        }
        return found;
    }

    private boolean within(LocalDate day) {
        return (until == null || !day.isAfter(until)) && ChronoUnit.DAYS.between(first, day) <= 5 * 366;
    }
}
