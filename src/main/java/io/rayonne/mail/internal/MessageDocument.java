package io.rayonne.mail.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

/** One message handed to the mail port, with what became of it. The id is the caller's message id. */
@Document(indexName = "rayonne-messages", createIndex = false)
public record MessageDocument(
        @Id String id,
        String fromEmail,
        @Nullable String fromName,
        List<String> to,
        List<String> cc,
        String subject,
        String html,
        String text,
        @Nullable String campaign,
        String status,
        @Nullable String providerId,
        @Nullable String reason,
        @Nullable String lastEvent,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant createdAt,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant updatedAt,
        @Nullable SeqNoPrimaryTerm seqNoPrimaryTerm) {

    MessageDocument withOutcome(
            String newStatus, @Nullable String newProviderId, @Nullable String newReason, Instant at) {
        return new MessageDocument(
                id,
                fromEmail,
                fromName,
                to,
                cc,
                subject,
                html,
                text,
                campaign,
                newStatus,
                newProviderId,
                newReason,
                lastEvent,
                createdAt,
                at,
                seqNoPrimaryTerm);
    }

    /** Without these addresses (replaced) nor its bodies, which name the person: status and dates stay. */
    MessageDocument forgetting(java.util.Collection<String> addresses, String replacement) {
        return new MessageDocument(
                id,
                fromEmail,
                fromName,
                to.stream().map(a -> addresses.contains(a) ? replacement : a).toList(),
                cc.stream().map(a -> addresses.contains(a) ? replacement : a).toList(),
                subject,
                "",
                "",
                campaign,
                status,
                providerId,
                reason,
                lastEvent,
                createdAt,
                updatedAt,
                seqNoPrimaryTerm);
    }

    /** The same record, written next without checking which version it overwrites. */
    MessageDocument unversioned() {
        return new MessageDocument(
                id,
                fromEmail,
                fromName,
                to,
                cc,
                subject,
                html,
                text,
                campaign,
                status,
                providerId,
                reason,
                lastEvent,
                createdAt,
                updatedAt,
                null);
    }

    MessageDocument withEvent(String event, String newStatus, Instant at) {
        return new MessageDocument(
                id,
                fromEmail,
                fromName,
                to,
                cc,
                subject,
                html,
                text,
                campaign,
                newStatus,
                providerId,
                reason,
                event,
                createdAt,
                at,
                seqNoPrimaryTerm);
    }
}
