package io.rayonne.calendar.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;

/**
 * One saved version of a post: who, when, which step, and what the post said then. The id is
 * {@code postId:version}, so a version is never written twice.
 */
@Document(indexName = "rayonne-post-revisions", createIndex = false)
public record PostRevisionDocument(
        @Id String id,
        String postId,
        int version,
        String authorId,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant at,
        String action,
        @Nullable String note,
        String status,
        String title,
        Map<String, String> texts,
        String theme,
        String campaign,
        @Nullable @Field(type = FieldType.Date, format = DateFormat.date_hour_minute_second) LocalDateTime plannedAt,
        @Nullable Map<String, PostDocument.TranslationDocument> translations) {}
