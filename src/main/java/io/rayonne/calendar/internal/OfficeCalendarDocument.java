package io.rayonne.calendar.internal;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;

/** An office's calendar settings; the id is the office's. */
@Document(indexName = "rayonne-calendar-offices", createIndex = false)
public record OfficeCalendarDocument(
        @Id String id,
        String approvalPolicy,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant updatedAt,
        String updatedBy) {}
