package io.rayonne.partners.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

/** A saved segment: its name and criteria, kept as they were chosen. */
@Document(indexName = "rayonne-partner-segments", createIndex = false)
public record SegmentDocument(
        @Id String id,
        String officeId,
        String name,
        String text,
        List<String> officeIds,
        List<String> sectors,
        List<String> territories,
        List<String> cities,
        List<String> memberships,
        @Nullable Integer memberSince,
        String apidae,
        List<String> roles,
        List<String> languages,
        List<String> states,
        List<String> bases,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant updatedAt,
        String updatedBy,
        @Nullable SeqNoPrimaryTerm seqNoPrimaryTerm) {}
