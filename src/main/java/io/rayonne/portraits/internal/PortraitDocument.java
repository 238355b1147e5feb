package io.rayonne.portraits.internal;

import io.rayonne.portraits.PortraitText;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
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
        @Nullable Set<String> uses,
        @Nullable String reviewNote,
        @Nullable Map<String, String> fieldNotes,
        int version,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant createdAt,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant updatedAt,
        String updatedBy,
        @Nullable SeqNoPrimaryTerm seqNoPrimaryTerm) {

    /** The next version of this portrait, to be saved over the revision {@code read} was taken at. */
    public PortraitDocument next(
            PortraitText newText,
            String newStatus,
            @Nullable String newReviewNote,
            @Nullable Map<String, String> newFieldNotes,
            Instant at,
            String by,
            @Nullable SeqNoPrimaryTerm read) {
        return new PortraitDocument(
                id,
                guideId,
                officeId,
                newText,
                newStatus,
                uses,
                newReviewNote,
                newFieldNotes,
                version + 1,
                createdAt,
                at,
                by,
                read);
    }

    /** The same portrait meant for other uses (which its photos' consents must cover). */
    public PortraitDocument withUses(Set<String> newUses, Instant at, String by, @Nullable SeqNoPrimaryTerm read) {
        return new PortraitDocument(
                id,
                guideId,
                officeId,
                text,
                status,
                Set.copyOf(newUses),
                reviewNote,
                fieldNotes,
                version + 1,
                createdAt,
                at,
                by,
                read);
    }
}
