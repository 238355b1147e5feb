package io.rayonne.newsletter.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;

/**
 * One recipient of one campaign: written (PLANNED) before anything is handed over, updated with
 * Mailjet's answer, then with what the mail events say. The id is the message id handed to the
 * mail port, the same on every attempt: the mail ledger and Mailjet's CustomID key on it.
 *
 * @param position the recipient's place in the campaign, the order of sending
 * @param segmentId the first chosen segment the recipient belongs to, for statistics per segment
 */
@Document(indexName = "rayonne-bulletin-deliveries", createIndex = false)
public record DeliveryDocument(
        @Id String id,
        String campaignId,
        int position,
        String partnerId,
        String contactId,
        String email,
        String firstName,
        String lastName,
        String partnerName,
        String officeId,
        String segmentId,
        String state,
        @Nullable String providerId,
        @Nullable String reason,
        @Nullable @Field(type = FieldType.Date, format = DateFormat.epoch_millis) Instant answeredAt,
        boolean delivered,
        boolean opened,
        boolean bounced,
        boolean complained,
        boolean unsubscribed,
        List<String> clicked) {

    /** Without the person: address and names replaced, what happened (delivered, opened, clicked) kept. */
    public DeliveryDocument anonymised(String address) {
        return new DeliveryDocument(
                id,
                campaignId,
                position,
                partnerId,
                contactId,
                address,
                "",
                "",
                partnerName,
                officeId,
                segmentId,
                state,
                providerId,
                reason,
                answeredAt,
                delivered,
                opened,
                bounced,
                complained,
                unsubscribed,
                clicked);
    }

    public DeliveryDocument withOutcome(String next, @Nullable String newProviderId, @Nullable String why, Instant at) {
        return new DeliveryDocument(
                id,
                campaignId,
                position,
                partnerId,
                contactId,
                email,
                firstName,
                lastName,
                partnerName,
                officeId,
                segmentId,
                next,
                newProviderId,
                why,
                at,
                delivered,
                opened,
                bounced,
                complained,
                unsubscribed,
                clicked);
    }

    public DeliveryDocument withEvent(
            boolean isDelivered,
            boolean isOpened,
            boolean isBounced,
            boolean isComplaint,
            boolean isUnsub,
            List<String> links) {
        return new DeliveryDocument(
                id,
                campaignId,
                position,
                partnerId,
                contactId,
                email,
                firstName,
                lastName,
                partnerName,
                officeId,
                segmentId,
                state,
                providerId,
                reason,
                answeredAt,
                isDelivered,
                isOpened,
                isBounced,
                isComplaint,
                isUnsub,
                links);
    }
}
