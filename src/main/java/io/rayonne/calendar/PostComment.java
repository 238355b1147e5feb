package io.rayonne.calendar;

import java.time.Instant;
import java.util.List;

/**
 * A comment on a post, seen by the team of the network, or a note between reviewers that the
 * post's author does not see.
 *
 * @param mentions the logins of the colleagues it names, who were told in the app
 */
public record PostComment(
        String id,
        String postId,
        String authorId,
        Instant at,
        String text,
        List<String> mentions,
        boolean reviewersOnly) {

    public static final int TEXT_MAX = 4_000;

    public PostComment {
        mentions = List.copyOf(mentions);
    }
}
