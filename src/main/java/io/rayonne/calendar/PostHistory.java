package io.rayonne.calendar;

import io.rayonne.base.Channel;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One saved version of a post: its number, who, when, which step, and what it said. */
public record PostHistory(
        int version,
        String authorId,
        Instant at,
        String action,
        @Nullable String note,
        PostStatus status,
        String title,
        Map<Channel, String> texts,
        String theme,
        String campaign,
        @Nullable LocalDateTime plannedAt,
        Map<String, Post.Translation> translations) {

    public PostHistory {
        texts = Map.copyOf(texts);
        translations = Map.copyOf(translations);
    }
}
