package io.rayonne.calendar.internal;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;

/**
 * A reminder given: its id names the kind, the post and the moment it was planned for, so that each
 * is given once, and again only when the post moves to another moment.
 */
@Document(indexName = "rayonne-post-reminders", createIndex = false)
public record PostReminderDocument(
        @Id String id,
        String postId,
        String kind,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant at) {}
