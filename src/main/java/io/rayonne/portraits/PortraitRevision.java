package io.rayonne.portraits;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One step of a portrait's history: who changed what, when, and the text as it then stood. */
public record PortraitRevision(
        String portraitId,
        int number,
        String authorId,
        Instant at,
        String action,
        PortraitStatus status,
        PortraitText text,
        @Nullable String note,
        Map<String, String> fieldNotes) {}
