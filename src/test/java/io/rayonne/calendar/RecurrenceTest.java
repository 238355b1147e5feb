package io.rayonne.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.rayonne.calendar.Recurrence.Frequency;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Series of posts: their days, their end, and their local time across daylight saving. */
class RecurrenceTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalTime TEN = LocalTime.of(10, 0);

    @Test
    void aWeeklySeriesAcrossBothDaylightSavingChangesKeepsItsParisTime() {
        // Sundays from 21 March to 7 November 2027: clocks change on 28 March and 31 October.
        var sundays = new Recurrence(
                Frequency.WEEKLY, 1, Set.of(), LocalDate.of(2027, 3, 21), TEN, LocalDate.of(2027, 11, 7), null);
        var all = sundays.occurrences();
        assertThat(all).hasSize(34).allSatisfy(at -> {
            assertThat(at.toLocalTime()).isEqualTo(TEN);
            assertThat(at.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        });
        // The same local hour is a different UTC hour in winter and in summer: 9:00 then 8:00 then 9:00.
        assertThat(all.get(0).atZone(PARIS).toInstant().toString()).isEqualTo("2027-03-21T09:00:00Z");
        assertThat(all.get(1).atZone(PARIS).toInstant().toString()).isEqualTo("2027-03-28T08:00:00Z");
        assertThat(all.get(all.size() - 2).atZone(PARIS).toInstant().toString()).isEqualTo("2027-10-31T09:00:00Z");
    }

    @Test
    void weekdaysEveryOtherWeekAndACount() {
        var quiz = new Recurrence(
                Frequency.WEEKLY,
                2,
                Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
                LocalDate.of(2027, 1, 6), // a Wednesday
                TEN,
                null,
                5);
        assertThat(quiz.occurrences())
                .extracting(LocalDateTime::toLocalDate)
                .containsExactly(
                        LocalDate.of(2027, 1, 7),
                        LocalDate.of(2027, 1, 18),
                        LocalDate.of(2027, 1, 21),
                        LocalDate.of(2027, 2, 1),
                        LocalDate.of(2027, 2, 4));
    }

    @Test
    void aDailyQuizForAYearAndAMonthlyPostOnThe31st() {
        var daily = new Recurrence(Frequency.DAILY, 1, Set.of(), LocalDate.of(2027, 1, 1), TEN, null, 365);
        assertThat(daily.occurrences()).hasSize(365).last().isEqualTo(LocalDateTime.of(2027, 12, 31, 10, 0));
        var monthly = new Recurrence(Frequency.MONTHLY, 1, Set.of(), LocalDate.of(2027, 1, 31), TEN, null, 3);
        assertThat(monthly.occurrences())
                .extracting(LocalDateTime::toLocalDate)
                .containsExactly(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31));
    }

    @Test
    void aSeriesWithoutEndOrWithTwoEndsIsRefused() {
        assertThat(new Recurrence(Frequency.DAILY, 1, Set.of(), LocalDate.of(2027, 1, 1), TEN, null, null).problems())
                .containsExactly("calendar.error.recurrence-endless");
        assertThat(new Recurrence(
                                Frequency.DAILY,
                                1,
                                Set.of(),
                                LocalDate.of(2027, 1, 1),
                                TEN,
                                LocalDate.of(2027, 2, 1),
                                4)
                        .problems())
                .containsExactly("calendar.error.recurrence-both-ends");
        assertThat(new Recurrence(Frequency.DAILY, 0, Set.of(), LocalDate.of(2027, 1, 1), TEN, null, 400).problems())
                .containsExactly("calendar.error.recurrence-step", "calendar.error.recurrence-count");
    }
}
