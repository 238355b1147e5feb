package io.rayonne.observatoire;

/** The office's figures for that month exist already: they are changed, not entered twice. */
public class MonthAlreadyEnteredException extends RuntimeException {

    private final transient MonthFigures existing;

    public MonthAlreadyEnteredException(MonthFigures existing) {
        super("Figures of " + existing.month() + " for " + existing.officeId() + " exist already");
        this.existing = existing;
    }

    public MonthFigures existing() {
        return existing;
    }
}
