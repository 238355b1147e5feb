package io.rayonne.newsletter;

import io.rayonne.accounts.SystemUser;
import io.rayonne.mail.AddressSuppressed;
import io.rayonne.mail.MailEvent;
import io.rayonne.newsletter.internal.BulletinStore;
import io.rayonne.newsletter.internal.CampaignStore;
import io.rayonne.partners.Partners;
import io.rayonne.partners.Recipient;
import io.rayonne.partners.SubscriptionState;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * What a contact decides through the links of a bulletin (no login: the signed token is the key),
 * and what the mail module tells of their copies: unsubscribed at once, bulletins chosen one by
 * one, suppressed addresses no longer written to, opens and clicks counted per issue.
 */
@Service
public class Subscriptions {

    private static final Logger log = LoggerFactory.getLogger(Subscriptions.class);

    private final UnsubscribeTokens tokens;
    private final Partners partners;
    private final CampaignStore campaigns;
    private final BulletinStore bulletins;
    private final Clock clock;

    Subscriptions(
            UnsubscribeTokens tokens,
            Partners partners,
            CampaignStore campaigns,
            BulletinStore bulletins,
            Clock clock) {
        this.tokens = tokens;
        this.partners = partners;
        this.campaigns = campaigns;
        this.bulletins = bulletins;
        this.clock = clock;
    }

    /** A token read: the contact it speaks for, or why it is refused (forged, expired, contact gone). */
    public sealed interface Reading permits Reading.Valid, Reading.Refused {
        record Valid(UnsubscribeTokens.Holder holder, Recipient recipient, String officeName) implements Reading {}

        record Refused(Why why) implements Reading {}

        enum Why {
            FORGED,
            EXPIRED,
            GONE
        }
    }

    public Reading read(String token) {
        UnsubscribeTokens.Read read = tokens.read(token);
        if (read.holder().isEmpty()) {
            return new Reading.Refused(
                    read.refusal().orElseThrow() == UnsubscribeTokens.Refusal.EXPIRED
                            ? Reading.Refused.Why.EXPIRED
                            : Reading.Refused.Why.FORGED);
        }
        UnsubscribeTokens.Holder holder = read.holder().get();
        Optional<Recipient> recipient = SystemUser.call(() -> {
            try {
                var partner = partners.get(holder.partnerId());
                return partner.contacts().stream()
                        .filter(c -> c.id().equals(holder.contactId()))
                        .findFirst()
                        .map(c -> new Recipient(partner, c));
            } catch (io.rayonne.base.NotFoundException e) {
                return Optional.empty();
            }
        });
        if (recipient.isEmpty()) {
            return new Reading.Refused(Reading.Refused.Why.GONE);
        }
        String office = campaigns
                .campaign(holder.campaignId())
                .map(c -> c.fromName())
                .orElse(recipient.get().partner().officeId());
        return new Reading.Valid(holder, recipient.get(), office);
    }

    /**
     * Unsubscribes the token's contact from every bulletin of its office, at once (RFC 8058's
     * one-click POST, or the button of the confirmation page). Doing it twice changes nothing more.
     */
    public Reading unsubscribe(String token) {
        Reading reading = read(token);
        if (reading instanceof Reading.Valid valid) {
            var holder = valid.holder();
            SystemUser.run(() -> partners.changeSubscription(
                    holder.partnerId(),
                    holder.contactId(),
                    s -> s.state() == SubscriptionState.SUBSCRIBED
                            ? s.withState(SubscriptionState.UNSUBSCRIBED, clock.instant())
                            : s));
            markInLedger(holder, true);
            log.info("A contact unsubscribed through a bulletin's link (campaign {})", holder.campaignId());
            return read(token);
        }
        return reading;
    }

    /** The bulletins of the contact's office that they may choose, by series id, with their names. */
    public Map<String, String> bulletinsOf(Reading.Valid valid) {
        Map<String, String> series = new LinkedHashMap<>();
        for (var b : bulletins.sent(valid.recipient().partner().officeId(), 200)) {
            series.putIfAbsent(Bulletin.seriesOf(b.officeId(), b.name()), b.name());
        }
        return series;
    }

    /**
     * Saves the contact's choice: whether they receive bulletins at all (coming back is their own
     * consent, dated and sourced) and which they decline.
     */
    public Reading choose(String token, boolean receive, Set<String> declined) {
        Reading reading = read(token);
        if (reading instanceof Reading.Valid valid) {
            var holder = valid.holder();
            SystemUser.run(() -> partners.changeSubscription(holder.partnerId(), holder.contactId(), s -> {
                var next = s.withDeclined(declined, clock.instant());
                if (!receive && next.state() == SubscriptionState.SUBSCRIBED) {
                    return next.withState(SubscriptionState.UNSUBSCRIBED, clock.instant());
                }
                if (receive && next.state() == SubscriptionState.UNSUBSCRIBED) {
                    return new io.rayonne.partners.Subscription(
                            SubscriptionState.SUBSCRIBED,
                            io.rayonne.partners.LegalBasis.CONSENT,
                            "Page de préférences d’un bulletin",
                            java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Paris"))),
                            clock.instant(),
                            next.declined());
                }
                return next;
            }));
            return read(token);
        }
        return reading;
    }

    private void markInLedger(UnsubscribeTokens.Holder holder, boolean unsubscribed) {
        String id = CampaignSender.messageIdOf(holder.campaignId(), holder.partnerId(), holder.contactId());
        campaigns
                .delivery(id)
                .ifPresent(d -> campaigns.save(d.withEvent(
                        d.delivered(), d.opened(), d.bounced(), d.complained(), unsubscribed, d.clicked())));
    }

    /** The mail module suppressed an address: the contacts with it are no longer written to. */
    @EventListener
    void on(AddressSuppressed event) {
        int changed = SystemUser.call(() -> partners.suppressEverywhere(event.email()));
        if (changed > 0) {
            log.info("{} partner contact(s) suppressed by the mail module ({})", changed, event.cause());
        }
    }

    /** What Mailjet said of a bulletin's copy, counted in its ledger entry. */
    @EventListener
    void on(MailEvent event) {
        if (event.campaign() == null) {
            return;
        }
        campaigns.delivery(event.messageId()).ifPresent(d -> {
            List<String> clicked = new ArrayList<>(d.clicked());
            if (event.type() == MailEvent.Type.CLICKED && event.url() != null && !clicked.contains(event.url())) {
                clicked.add(event.url());
            }
            campaigns.save(d.withEvent(
                    d.delivered()
                            || event.type() == MailEvent.Type.SENT
                            || event.type() == MailEvent.Type.OPENED
                            || event.type() == MailEvent.Type.CLICKED,
                    d.opened() || event.type() == MailEvent.Type.OPENED || event.type() == MailEvent.Type.CLICKED,
                    d.bounced() || event.type() == MailEvent.Type.BOUNCED,
                    d.complained() || event.type() == MailEvent.Type.SPAM,
                    d.unsubscribed() || event.type() == MailEvent.Type.UNSUBSCRIBED,
                    clicked));
        });
    }
}
