package io.rayonne.base;

/** Something with the same identity exists already; nothing was written. */
public class AlreadyExistsException extends RuntimeException {

    public AlreadyExistsException(String what) {
        super(what + " already exists");
    }
}
