package io.rayonne.calendar.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;

/** A comment on a post, or a reviewers' note ({@code reviewersOnly}); written once, never changed. */
@Document(indexName = "rayonne-post-comments", createIndex = false)
public record PostCommentDocument(
        @Id String id,
        String postId,
        String officeId,
        String authorId,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant at,
        String text,
        List<String> mentions,
        boolean reviewersOnly) {}
