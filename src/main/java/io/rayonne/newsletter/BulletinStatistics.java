package io.rayonne.newsletter;

import java.time.Instant;
import java.util.List;

/**
 * The issues whose sending ended in a period, with what Mailjet's events said of them, counted by
 * Elasticsearch over the delivery ledger; and the partners those issues named.
 */
public record BulletinStatistics(List<Issue> issues, List<Featured> featured) {

    /** One issue sent: copies accepted by Mailjet, delivered, opened and clicked (each person once). */
    public record Issue(
            String bulletinId, String officeId, String subject, Instant sentAt, long sent, long opened, long clicked) {}

    /** A partner named in the period's issues, and in how many. */
    public record Featured(String partnerId, String name, int issues) {}

    public BulletinStatistics {
        issues = List.copyOf(issues);
        featured = List.copyOf(featured);
    }

    public long sent() {
        return issues.stream().mapToLong(Issue::sent).sum();
    }

    public long opened() {
        return issues.stream().mapToLong(Issue::opened).sum();
    }

    public long clicked() {
        return issues.stream().mapToLong(Issue::clicked).sum();
    }

    /** Opened over sent, in percent, or null when nothing was sent. */
    public Double openRate() {
        return rate(opened());
    }

    public Double clickRate() {
        return rate(clicked());
    }

    private Double rate(long part) {
        long sent = sent();
        return sent == 0 ? null : 100.0 * part / sent;
    }

    public boolean isEmpty() {
        return issues.isEmpty();
    }
}
