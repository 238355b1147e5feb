package io.rayonne.media;

import java.util.List;

/** A step that publishes photos is refused: {@link #problems()} says which photo and why. */
public class MissingConsentException extends RuntimeException {

    private final List<ConsentProblem> problems;

    public MissingConsentException(List<ConsentProblem> problems) {
        super("Photos without a valid consent: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<ConsentProblem> problems() {
        return problems;
    }
}
