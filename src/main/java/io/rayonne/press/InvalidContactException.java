package io.rayonne.press;

import java.util.List;

/** What was typed for a journalist or an outlet cannot be saved; {@link #problems()} are translation keys. */
public class InvalidContactException extends RuntimeException {

    private final List<String> problems;

    public InvalidContactException(List<String> problems) {
        super("Invalid press contact: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
