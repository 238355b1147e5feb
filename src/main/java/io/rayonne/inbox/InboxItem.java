package io.rayonne.inbox;

import java.time.Instant;
import java.util.List;

/**
 * One notification.
 *
 * @param key translation key of the sentence
 * @param arguments its arguments, in order
 * @param route where it opens, relative to the application root
 */
public record InboxItem(
        String id, String userId, String key, List<String> arguments, String route, Instant at, boolean read) {

    public InboxItem {
        arguments = List.copyOf(arguments);
    }
}
