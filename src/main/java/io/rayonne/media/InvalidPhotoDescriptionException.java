package io.rayonne.media;

import java.util.List;

/** A photo's description is incomplete or too long; {@link #problems()} are translation keys. */
public class InvalidPhotoDescriptionException extends RuntimeException {

    private final List<String> problems;

    public InvalidPhotoDescriptionException(List<String> problems) {
        super("Invalid photo description: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
