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

/** The key figures a network asks its offices for, in order; id = the network's id. */
@Document(indexName = "rayonne-key-figure-lists", createIndex = false)
public record FigureListDocument(
        @Id String id,
        List<FigureDocument> figures,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant updatedAt,
        String updatedBy,
        @Nullable SeqNoPrimaryTerm seqNoPrimaryTerm) {

    public record FigureDocument(String code, String label, String kind) {}
}
