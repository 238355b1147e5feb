package io.rayonne.press.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

/** A press kit as stored; versions by language code. */
@Document(indexName = "rayonne-press-kits", createIndex = false)
public record KitDocument(
        @Id String id,
        String officeId,
        Map<String, String> titles,
        List<SectionDocument> sections,
        List<String> photoIds,
        List<FileDocument> files,
        @Nullable @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant embargo,
        String visibility,
        String token,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant updatedAt,
        String updatedBy,
        @Nullable SeqNoPrimaryTerm seqNoPrimaryTerm) {

    public record SectionDocument(String id, Map<String, VersionDocument> versions) {}

    public record VersionDocument(String title, String body, boolean machine) {}

    public record FileDocument(String id, String name, long size) {}
}
