package io.rayonne.portraits.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

/** A series of portraits; the time of day is kept as "HH:mm", Paris time. */
@Document(indexName = "rayonne-portrait-series", createIndex = false)
public record SeriesDocument(
        @Id String id,
        String officeId,
        String name,
        List<String> portraitIds,
        @Field(type = FieldType.Date, format = DateFormat.date) LocalDate start,
        int everyDays,
        String time,
        Set<String> channels,
        String hashtags,
        boolean scheduled,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant updatedAt,
        String updatedBy,
        @Nullable SeqNoPrimaryTerm seqNoPrimaryTerm) {}
