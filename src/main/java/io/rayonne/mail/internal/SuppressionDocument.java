package io.rayonne.mail.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

/**
 * An address Rayonne must not write to, or one on its way there (soft bounces counted). The id is
 * the address in lower case.
 */
@Document(indexName = "rayonne-suppressions", createIndex = false)
public record SuppressionDocument(
        @Id String id,
        boolean active,
        @Nullable String cause,
        @Nullable String detail,
        int softBounces,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant updatedAt,
        @Nullable String liftedBy,
        @Nullable String liftReason,
        @Nullable SeqNoPrimaryTerm seqNoPrimaryTerm) {}
