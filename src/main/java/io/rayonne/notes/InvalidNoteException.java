package io.rayonne.notes;

import java.util.List;

/** The draft cannot be saved; {@link #problems()} are translation keys. */
public class InvalidNoteException extends RuntimeException {

    private final List<String> problems;

    InvalidNoteException(List<String> problems) {
        super("Invalid note: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
