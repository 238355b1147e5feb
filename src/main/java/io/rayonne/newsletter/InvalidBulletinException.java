package io.rayonne.newsletter;

import java.util.List;

/** An issue that cannot be saved (or sent) as it is: what is wrong, as message keys. */
public class InvalidBulletinException extends RuntimeException {

    private final List<Bulletin.Problem> problems;

    public InvalidBulletinException(List<Bulletin.Problem> problems) {
        super("Invalid bulletin: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Bulletin.Problem> problems() {
        return problems;
    }
}
