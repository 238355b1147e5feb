package io.rayonne.inbox.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;

@Document(indexName = "rayonne-inbox", createIndex = false)
public record InboxDocument(
        @Id String id,
        String userId,
        String key,
        List<String> arguments,
        String route,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant at,
        boolean read) {}
