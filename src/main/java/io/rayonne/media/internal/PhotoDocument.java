package io.rayonne.media.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

/** A photo's metadata; its files are on disk under the hash. */
@Document(indexName = "rayonne-photos", createIndex = false)
public record PhotoDocument(
        @Id String id,
        String hash,
        String mediaType,
        String extension,
        String fileName,
        int width,
        int height,
        long bytes,
        String credit,
        String caption,
        ConsentDocument consent,
        String ownerId,
        String officeId,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant uploadedAt,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant updatedAt,
        String updatedBy,
        @Nullable SeqNoPrimaryTerm seqNoPrimaryTerm) {

    public record ConsentDocument(
            boolean peopleAppear,
            String consentedBy,
            Set<String> uses,
            @Nullable @Field(type = FieldType.Date, format = DateFormat.date) LocalDate until,
            boolean minor,
            String guardian) {}

    public PhotoDocument described(
            String newCredit,
            String newCaption,
            ConsentDocument newConsent,
            Instant at,
            String by,
            @Nullable SeqNoPrimaryTerm read) {
        return new PhotoDocument(
                id,
                hash,
                mediaType,
                extension,
                fileName,
                width,
                height,
                bytes,
                newCredit,
                newCaption,
                newConsent,
                ownerId,
                officeId,
                uploadedAt,
                at,
                by,
                read);
    }
}
