package io.rayonne.base;

/** The document does not exist, or the current user may not see it: callers say so the same way. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
