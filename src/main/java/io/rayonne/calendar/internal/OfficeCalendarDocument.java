package io.rayonne.calendar.internal;

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

/** An office's calendar settings; the id is the office's. Weekday themes by {@code MONDAY}…{@code SUNDAY}. */
@Document(indexName = "rayonne-calendar-offices", createIndex = false)
public record OfficeCalendarDocument(
        @Id String id,
        String approvalPolicy,
        @Nullable Map<String, WeekdayThemeDocument> weekdayThemes,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant updatedAt,
        String updatedBy,
        @Nullable SeqNoPrimaryTerm seqNoPrimaryTerm) {

    public record WeekdayThemeDocument(String theme, List<String> channels, String opening) {}
}
