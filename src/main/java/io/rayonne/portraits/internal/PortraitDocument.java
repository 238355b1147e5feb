package io.rayonne.portraits.internal;

import io.rayonne.portraits.PortraitText;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

@Document(indexName = "rayonne-portraits", createIndex = false)
public record PortraitDocument(
        @Id String id,
        String guideId,
        String officeId,
        PortraitText text,
        String status,
        @Nullable String reviewNote,
        int version,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant createdAt,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant updatedAt,
        String updatedBy,
        @Nullable SeqNoPrimaryTerm seqNoPrimaryTerm) {}
