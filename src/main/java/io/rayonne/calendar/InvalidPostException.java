package io.rayonne.calendar;

import java.util.List;

/** A post that cannot be saved as typed; each problem says why (for a channel: its count and limit). */
public class InvalidPostException extends RuntimeException {

    private final List<Post.Problem> problems;

    public InvalidPostException(List<Post.Problem> problems) {
        super("Invalid post: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Post.Problem> problems() {
        return problems;
    }
}
