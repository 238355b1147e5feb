package io.rayonne.calendar.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

/**
 * A post as stored. {@code plannedAt} is the Paris local time as typed; {@code plannedInstant} the
 * same moment on the time line, for ranges that cross the daylight-saving changes.
 */
@Document(indexName = "rayonne-posts", createIndex = false)
public record PostDocument(
        @Id String id,
        String officeId,
        String ownerId,
        String title,
        Map<String, String> texts,
        List<String> channels,
        String theme,
        String campaign,
        List<String> hashtags,
        @Nullable @Field(type = FieldType.Date, format = DateFormat.date_hour_minute_second) LocalDateTime plannedAt,
        @Nullable @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant plannedInstant,
        List<String> photoIds,
        List<LinkDocument> links,
        @Nullable Map<String, TranslationDocument> translations,
        String status,
        List<String> approvals,
        @Nullable String rejectionNote,
        @Nullable String publishedUrl,
        @Nullable String seriesId,
        int version,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant updatedAt,
        String updatedBy,
        @Nullable SeqNoPrimaryTerm seqNoPrimaryTerm) {

    public record LinkDocument(String kind, String id) {}

    public record TranslationDocument(String text, String status) {}
}
