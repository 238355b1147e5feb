package io.rayonne.observatoire.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;

/** One figure of one month changed, written once. */
@Document(indexName = "rayonne-key-figure-changes", createIndex = false)
public record ChangeDocument(
        @Id String id,
        String officeId,
        String month,
        String figure,
        @Nullable Double before,
        @Nullable Double after,
        String by,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant at) {}
