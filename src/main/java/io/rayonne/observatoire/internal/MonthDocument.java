package io.rayonne.observatoire.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

/** One office's key figures for one month ({@code 2026-11}); id {@code officeId:month}. */
@Document(indexName = "rayonne-key-figures", createIndex = false)
public record MonthDocument(
        @Id String id,
        String officeId,
        String month,
        @Field(type = FieldType.Nested) List<ValueDocument> values,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant updatedAt,
        String updatedBy,
        @Nullable SeqNoPrimaryTerm seqNoPrimaryTerm) {

    public record ValueDocument(String figure, double value) {}

    public static String idOf(String officeId, String month) {
        return officeId + ":" + month;
    }
}
