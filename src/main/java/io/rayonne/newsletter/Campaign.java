package io.rayonne.newsletter;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The sending of one issue to segments of partners, and where it stands.
 *
 * @param total the recipients planned (known once sending began)
 * @param problem why it paused by itself, in French (Mailjet out of reach), if it did
 */
public record Campaign(
        String id,
        String bulletinId,
        String officeId,
        List<String> segmentIds,
        CampaignState state,
        @Nullable Instant scheduledAt,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        int total,
        @Nullable String problem) {

    public Campaign {
        segmentIds = List.copyOf(segmentIds);
    }

    /**
     * The ledger counted: recipients by outcome, then what the mail events said.
     *
     * @param waiting planned and not answered yet (or deferred by Mailjet, to be handed again)
     */
    public record Progress(
            Campaign campaign,
            long accepted,
            long refused,
            long unknown,
            long recorded,
            long waiting,
            long cancelled,
            long delivered,
            long opened,
            long clicked,
            long bounced,
            long complained,
            long unsubscribed) {

        /** Recipients with an answer, out of {@link Campaign#total()}. */
        public long done() {
            return accepted + refused + unknown + recorded + cancelled;
        }
    }

    /** Statistics of an issue: the whole, per segment, clicks per link. */
    public record Statistics(Progress all, Map<String, Progress> bySegment, Map<String, Long> clicksByLink) {}

    /**
     * Who an issue would reach with these segments, counted exactly: each address once, the
     * unsubscribed, suppressed and those who declined this bulletin apart.
     */
    /**
     * Who an issue would reach: the recipients, why the others are not counted, and on what legal
     * basis the office writes to the recipients (what the person agreed to, or the contract).
     */
    public record Audience(
            int recipients,
            int unsubscribed,
            int suppressed,
            int declined,
            int withoutEmail,
            int duplicates,
            java.util.Map<io.rayonne.partners.LegalBasis, Integer> byBasis) {}
}
