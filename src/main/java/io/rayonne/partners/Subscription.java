package io.rayonne.partners;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A contact's subscription to bulletins: why the office may write (with the source and date of a
 * consent), where it stands, and the bulletins they chose not to receive.
 *
 * @param since the day the consent was given or the relation began
 * @param changedAt when the state last changed (an unsubscription, a suppression)
 * @param declined ids of the bulletins they do not want, chosen on their preferences page
 */
public record Subscription(
        SubscriptionState state,
        LegalBasis basis,
        String source,
        @Nullable LocalDate since,
        @Nullable Instant changedAt,
        Set<String> declined) {

    public static final int SOURCE_MAX = 200;

    public Subscription {
        source = source.strip();
        declined = Set.copyOf(declined);
    }

    public static Subscription subscribed(LegalBasis basis, String source, @Nullable LocalDate since) {
        return new Subscription(SubscriptionState.SUBSCRIBED, basis, source, since, null, Set.of());
    }

    /** Whether a bulletin may be sent to them: subscribed, and that bulletin not declined. */
    public boolean receives(String bulletinId) {
        return state == SubscriptionState.SUBSCRIBED && !declined.contains(bulletinId);
    }

    public Subscription withState(SubscriptionState newState, Instant at) {
        return new Subscription(newState, basis, source, since, at, declined);
    }

    public Subscription withDeclined(Set<String> bulletinIds, Instant at) {
        return new Subscription(state, basis, source, since, at, bulletinIds);
    }
}
