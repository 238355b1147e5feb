package io.rayonne.notes.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

@Document(indexName = "rayonne-notes", createIndex = false)
public record NoteDocument(
        @Id String id,
        String officeId,
        String title,
        String body,
        String authorId,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant createdAt,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant updatedAt,
        String updatedBy,
        @Nullable SeqNoPrimaryTerm seqNoPrimaryTerm) {}
