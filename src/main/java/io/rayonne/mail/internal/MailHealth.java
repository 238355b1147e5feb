package io.rayonne.mail.internal;

import io.rayonne.mail.Delivery;
import io.rayonne.mail.MailSettings;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The mail's part of Rayonne's health ({@code /actuator/health}, component "mail"): down while
 * Mailjet's last answer was a failure for every message handed over (unreachable, limiting,
 * refusing the keys or the sender), up once it takes one again. Without keys it is up, in outbox mode.
 */
@Component("mail")
class MailHealth implements HealthIndicator {

    private final boolean mailjet;
    private volatile @Nullable Instant lastAccepted;
    private volatile @Nullable Instant lastFailed;
    private volatile @Nullable String lastFailure;

    MailHealth(MailSettings settings) {
        this.mailjet = settings.mailjet().configured();
    }

    /** What Mailjet answered to one hand-over. */
    void answered(List<Delivery> outcomes, Instant at) {
        if (outcomes.stream().anyMatch(d -> d.status() == Delivery.Status.ACCEPTED)) {
            lastAccepted = at;
            return;
        }
        outcomes.stream()
                .filter(d -> d.status() != Delivery.Status.REFUSED && d.status() != Delivery.Status.RECORDED)
                .findFirst()
                .ifPresent(d -> {
                    lastFailed = at;
                    lastFailure = d.status() + ": " + d.reason();
                });
    }

    @Override
    public Health health() {
        if (!mailjet) {
            return Health.up().withDetail("mode", "outbox").build();
        }
        Instant accepted = lastAccepted;
        Instant failed = lastFailed;
        Health.Builder health = failed != null && (accepted == null || failed.isAfter(accepted))
                ? Health.down().withDetail("failingSince", failed).withDetail("lastFailure", lastFailure)
                : Health.up();
        health.withDetail("mode", "mailjet");
        if (accepted != null) {
            health.withDetail("lastAccepted", accepted);
        }
        return health.build();
    }
}
