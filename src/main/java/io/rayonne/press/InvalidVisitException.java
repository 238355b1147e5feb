package io.rayonne.press;

import java.util.List;

/** A press visit or coverage item that cannot be saved as typed; the problems say why. */
public class InvalidVisitException extends RuntimeException {

    private final List<PressVisit.Problem> problems;

    public InvalidVisitException(List<PressVisit.Problem> problems) {
        super("Invalid: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<PressVisit.Problem> problems() {
        return problems;
    }
}
