package io.rayonne.calendar;

/** The step is not possible now; {@link #key()} is the translation key that says why. */
public class WorkflowRefusedException extends RuntimeException {

    private final String key;

    public WorkflowRefusedException(String key) {
        super("Post workflow: " + key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
