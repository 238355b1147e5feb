package io.rayonne.observatoire;

import java.time.YearMonth;

/** A month's figures are entered once it has begun, not before. */
public class MonthToComeException extends RuntimeException {

    private final YearMonth month;

    public MonthToComeException(YearMonth month) {
        super(month + " has not begun");
        this.month = month;
    }

    public YearMonth month() {
        return month;
    }
}
