package io.rayonne.partners;

/** The office is importing already: a second import now would create the same partners twice. */
public class ImportRunningException extends RuntimeException {
    public ImportRunningException() {
        super("The office is importing already");
    }
}
