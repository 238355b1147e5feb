package io.rayonne.portraits;

import java.util.List;

/** The step is not possible now; {@link #problems()} are translation keys that say why. */
public class PortraitWorkflowException extends RuntimeException {

    private final List<String> problems;

    public PortraitWorkflowException(List<String> problems) {
        super("Portrait workflow: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
