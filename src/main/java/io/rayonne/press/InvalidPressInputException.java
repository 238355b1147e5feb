package io.rayonne.press;

import java.util.List;

/**
 * What was typed for a journalist, an outlet, a piece of coverage or a kit cannot be saved;
 * {@link #problems()} are translation keys. (A visit's problems may name a programme item: see
 * {@link InvalidVisitException}.)
 */
public class InvalidPressInputException extends RuntimeException {

    private final List<String> problems;

    public InvalidPressInputException(List<String> problems) {
        super("Invalid press input: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
