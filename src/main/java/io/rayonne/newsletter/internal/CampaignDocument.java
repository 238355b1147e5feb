package io.rayonne.newsletter.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

/**
 * The sending of an issue: to which segments, when, where it stands, the issue as rendered once
 * (with its merge fields still to fill per recipient), and the lease of the instance sending it.
 */
@Document(indexName = "rayonne-campaigns", createIndex = false)
public record CampaignDocument(
        @Id String id,
        String bulletinId,
        String officeId,
        List<String> segmentIds,
        String state,
        @Nullable @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant scheduledAt,
        @Nullable @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant startedAt,
        @Nullable @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant finishedAt,
        boolean planned,
        int total,
        String subject,
        String fromEmail,
        String fromName,
        String html,
        String text,
        @Nullable String leaseOwner,
        @Nullable @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant leaseUntil,
        @Nullable String problem,
        String createdBy,
        @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant updatedAt,
        @Nullable SeqNoPrimaryTerm seqNoPrimaryTerm) {

    public CampaignDocument withState(String next, @Nullable String why, Instant at) {
        return new CampaignDocument(
                id,
                bulletinId,
                officeId,
                segmentIds,
                next,
                scheduledAt,
                startedAt,
                finishedAt,
                planned,
                total,
                subject,
                fromEmail,
                fromName,
                html,
                text,
                leaseOwner,
                leaseUntil,
                why,
                createdBy,
                at,
                seqNoPrimaryTerm);
    }

    public CampaignDocument withLease(@Nullable String owner, @Nullable Instant until) {
        return new CampaignDocument(
                id,
                bulletinId,
                officeId,
                segmentIds,
                state,
                scheduledAt,
                startedAt,
                finishedAt,
                planned,
                total,
                subject,
                fromEmail,
                fromName,
                html,
                text,
                owner,
                until,
                problem,
                createdBy,
                updatedAt,
                seqNoPrimaryTerm);
    }

    public CampaignDocument planned(int recipients, Instant at) {
        return new CampaignDocument(
                id,
                bulletinId,
                officeId,
                segmentIds,
                state,
                scheduledAt,
                startedAt == null ? at : startedAt,
                finishedAt,
                true,
                recipients,
                subject,
                fromEmail,
                fromName,
                html,
                text,
                leaseOwner,
                leaseUntil,
                problem,
                createdBy,
                at,
                seqNoPrimaryTerm);
    }

    public CampaignDocument finished(String finalState, Instant at) {
        return new CampaignDocument(
                id,
                bulletinId,
                officeId,
                segmentIds,
                finalState,
                scheduledAt,
                startedAt,
                at,
                planned,
                total,
                subject,
                fromEmail,
                fromName,
                html,
                text,
                null,
                null,
                problem,
                createdBy,
                at,
                seqNoPrimaryTerm);
    }
}
