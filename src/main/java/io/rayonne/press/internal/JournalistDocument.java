package io.rayonne.press.internal;

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

/**
 * A journalist. A journalist merged into another stays, with {@code mergedInto}, so that whatever
 * pointed to them still finds the one kept.
 */
@Document(indexName = "rayonne-journalists", createIndex = false)
public record JournalistDocument(
        @Id String id,
        String name,
        String nameFolded,
        String role,
        List<String> outletIds,
        Set<String> languages,
        Set<String> markets,
        Set<String> beats,
        String email,
        String emailFolded,
        String phone,
        String notes,
        String consentSource,
        @Nullable @Field(type = FieldType.Date, format = DateFormat.date) LocalDate consentDate,
        @Nullable String mergedInto,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant updatedAt,
        String updatedBy,
        @Nullable SeqNoPrimaryTerm seqNoPrimaryTerm) {}
