package io.rayonne.press.internal;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;

/** A network's press settings; the id is the network's. */
@Document(indexName = "rayonne-press-networks", createIndex = false)
public record NetworkPressDocument(
        @Id String id,
        int saturationWeeks,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant updatedAt,
        String updatedBy) {}
