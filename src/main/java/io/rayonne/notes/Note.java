package io.rayonne.notes;

import io.rayonne.base.Revision;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An internal document of an office, in Markdown. */
public record Note(
        String id,
        String officeId,
        String title,
        String body,
        String authorId,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy,
        @Nullable Revision revision) {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 100_000;
}
