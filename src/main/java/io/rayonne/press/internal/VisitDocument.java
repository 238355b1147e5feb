package io.rayonne.press.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

/** A press visit as stored; enums as their names, times of day as "HH:mm". */
@Document(indexName = "rayonne-press-visits", createIndex = false)
public record VisitDocument(
        @Id String id,
        String officeId,
        String subject,
        String angle,
        String origin,
        String status,
        List<String> journalistIds,
        List<String> outletIds,
        @Nullable @Field(type = FieldType.Date, format = DateFormat.date) LocalDate start,
        @Nullable @Field(type = FieldType.Date, format = DateFormat.date) LocalDate end,
        List<CoOrganiserDocument> coOrganisers,
        List<ItemDocument> programme,
        @Nullable Long budgetCents,
        @Nullable Long actualCostCents,
        String notes,
        List<SendDocument> sends,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant createdAt,
        String createdBy,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant updatedAt,
        String updatedBy,
        @Nullable SeqNoPrimaryTerm seqNoPrimaryTerm) {

    public record CoOrganiserDocument(String kind, String name, String contact, String email) {}

    public record ItemDocument(
            String id,
            @Field(type = FieldType.Date, format = DateFormat.date) LocalDate date,
            @Nullable String time,
            String kind,
            String title,
            String partner,
            String address,
            String email,
            boolean offered,
            @Nullable Long costCents) {}

    public record SendDocument(
            @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant at,
            String by,
            String messageId,
            List<String> to,
            List<String> cc,
            String outcome,
            @Nullable String reason) {}
}
