package io.rayonne.base.internal;

/** The embedded node could not start; the message is one sentence saying why and what to do. */
public class EmbeddedElasticsearchException extends RuntimeException {

    public EmbeddedElasticsearchException(String message) {
        super(message);
    }
}
