package io.rayonne.portraits;

import io.rayonne.base.Revision;
import io.rayonne.media.PhotoUse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A guide's portrait.
 *
 * @param uses what the portrait will be published for: its photos' consents must cover these
 * @param reviewNote the reviewers' latest request, shown to the guide
 * @param fieldNotes the reviewers' latest requests about single fields, by field ({@link #FIELDS})
 * @param version how many revisions the text has had (the history's length)
 */
public record Portrait(
        String id,
        String guideId,
        String officeId,
        PortraitText text,
        PortraitStatus status,
        Set<PhotoUse> uses,
        @Nullable String reviewNote,
        Map<String, String> fieldNotes,
        int version,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy,
        @Nullable Revision revision) {

    /** The fields a reviewer may comment on one by one. */
    public static final List<String> FIELDS =
            List.of("name", "speciality", "languages", "territory", "bio", "favourites", "anecdotes", "photos");

    public Portrait {
        fieldNotes = Map.copyOf(fieldNotes);
    }
}
