package io.rayonne.press.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

/** One article, broadcast or post, as stored. */
@Document(indexName = "rayonne-coverage", createIndex = false)
public record CoverageDocument(
        @Id String id,
        String officeId,
        @Nullable String visitId,
        String outletId,
        @Nullable String journalistId,
        @Field(type = FieldType.Date, format = DateFormat.date) LocalDate date,
        String title,
        String language,
        String market,
        String medium,
        @Nullable Double pages,
        @Nullable Integer minutes,
        String link,
        @Nullable Long reach,
        String tone,
        @Nullable Long aveCents,
        String notes,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant updatedAt,
        String updatedBy,
        @Nullable SeqNoPrimaryTerm seqNoPrimaryTerm) {}
