package io.rayonne.partners;

import io.rayonne.base.Revision;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A named, saved choice of contacts ("Hébergeurs adhérents 2026"), reused for bulletins and exports. */
public record Segment(
        String id,
        String officeId,
        String name,
        SegmentCriteria criteria,
        Instant updatedAt,
        String updatedBy,
        @Nullable Revision revision) {

    public static final int NAME_MAX = 120;
}
