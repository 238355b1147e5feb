package io.rayonne.portraits;

import io.rayonne.base.Revision;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A guide's portrait.
 *
 * @param reviewNote the reviewers' latest request, shown to the guide
 * @param version how many revisions the text has had (the history's length)
 */
public record Portrait(
        String id,
        String guideId,
        String officeId,
        PortraitText text,
        PortraitStatus status,
        @Nullable String reviewNote,
        int version,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy,
        @Nullable Revision revision) {}
