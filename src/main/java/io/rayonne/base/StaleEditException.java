package io.rayonne.base;

/**
 * Someone else saved the document after it was read. The caller keeps the user's edits and offers a
 * choice; {@code current} is what is stored now.
 */
public class StaleEditException extends RuntimeException {

    private final transient Object current;

    public StaleEditException(Object current) {
        super("The document was changed by someone else since it was read");
        this.current = current;
    }

    @SuppressWarnings("unchecked")
    public <T> T current() {
        return (T) current;
    }
}
