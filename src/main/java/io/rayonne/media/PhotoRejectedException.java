package io.rayonne.media;

import java.util.List;

/** An upload was refused; the key and its arguments say why in the person's language. */
public class PhotoRejectedException extends RuntimeException {

    private final String key;
    private final List<Object> arguments;

    public PhotoRejectedException(String key, Object... arguments) {
        super("Photo refused: " + key);
        this.key = key;
        this.arguments = List.of(arguments);
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
