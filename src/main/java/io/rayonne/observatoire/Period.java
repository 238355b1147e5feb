package io.rayonne.observatoire;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Whole months, from the first day of {@code first} to the last of {@code last}. */
public record Period(YearMonth first, YearMonth last) {

    public Period {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("A period ends after it begins: " + first + " – " + last);
        }
    }

    public static Period year(int year) {
        return new Period(YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    public LocalDate from() {
        return first.atDay(1);
    }

    /** The day after the period. */
    public LocalDate toExcluded() {
        return last.plusMonths(1).atDay(1);
    }

    public LocalDate lastDay() {
        return last.atEndOfMonth();
    }

    /** The same months a year earlier, to compare with. */
    public Period yearBefore() {
        return new Period(first.minusYears(1), last.minusYears(1));
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
