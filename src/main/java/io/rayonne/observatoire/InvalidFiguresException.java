package io.rayonne.observatoire;

import java.util.Map;

/** Some typed figures are not numbers Rayonne can keep; nothing was saved. */
public class InvalidFiguresException extends RuntimeException {

    private final Map<String, FrenchNumbers.Problem> problems;

    /** @param problems by figure code (or "month" for the month itself) */
    public InvalidFiguresException(Map<String, FrenchNumbers.Problem> problems) {
        super("Invalid figures: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, FrenchNumbers.Problem> problems() {
        return problems;
    }
}
