package io.rayonne.press;

import java.util.List;

/** A press kit that cannot be saved as typed: translation keys saying why. */
public class InvalidKitException extends RuntimeException {

    private final List<String> problems;

    public InvalidKitException(List<String> problems) {
        super("Invalid kit: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
