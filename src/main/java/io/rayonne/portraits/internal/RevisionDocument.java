package io.rayonne.portraits.internal;

import io.rayonne.portraits.PortraitText;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;

/** One revision of a portrait; the id is {@code portraitId:number}, so a number is never used twice. */
@Document(indexName = "rayonne-portrait-revisions", createIndex = false)
public record RevisionDocument(
        @Id String id,
        String portraitId,
        int number,
        String authorId,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant at,
        String action,
        String status,
        PortraitText text,
        @Nullable String note,
        @Nullable Map<String, String> fieldNotes) {}
