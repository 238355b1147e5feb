package io.rayonne.newsletter.internal;

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

/** An issue with its sections and blocks, as one document (the blocks are kept, not indexed). */
@Document(indexName = "rayonne-bulletins", createIndex = false)
public record BulletinDocument(
        @Id String id,
        String officeId,
        @Nullable String networkId,
        String name,
        String title,
        @Field(type = FieldType.Date, format = DateFormat.date) LocalDate date,
        String language,
        String template,
        List<SectionDocument> sections,
        String state,
        @Nullable @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant sentAt,
        String createdBy,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant updatedAt,
        String updatedBy,
        @Nullable SeqNoPrimaryTerm seqNoPrimaryTerm) {

    public record SectionDocument(String id, String title, List<BlockDocument> blocks) {}

    /** Every kind of block in one shape: {@code kind} says which fields mean something. */
    public record BlockDocument(
            String id,
            String kind,
            @Nullable String markdown,
            @Nullable String number,
            @Nullable String caption,
            @Nullable String photoId,
            @Nullable String source,
            @Nullable String sourceId,
            @Nullable ExcerptDocument excerpt) {}

    public record ExcerptDocument(
            String title,
            String text,
            String path,
            @Nullable String photoId,
            String credit,
            List<String> partnerIds,
            boolean deleted) {}
}
