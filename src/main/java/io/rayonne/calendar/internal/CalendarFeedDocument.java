package io.rayonne.calendar.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;

/** A private iCal feed; its id is the SHA-256 of its token, so a feed is found by its link alone. */
@Document(indexName = "rayonne-calendar-feeds", createIndex = false)
public record CalendarFeedDocument(
        @Id String id,
        String token,
        String kind,
        String officeId,
        @Nullable String theme,
        String userId,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant createdAt,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) @Nullable Instant revokedAt) {}
