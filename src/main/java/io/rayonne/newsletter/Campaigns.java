package io.rayonne.newsletter;

import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.SystemUser;
import io.rayonne.accounts.User;
import io.rayonne.base.Audited;
import io.rayonne.base.NotFoundException;
import io.rayonne.mail.Address;
import io.rayonne.mail.Delivery;
import io.rayonne.mail.Mail;
import io.rayonne.mail.MailMessage;
import io.rayonne.mail.MailSettings;
import io.rayonne.newsletter.internal.CampaignDocument;
import io.rayonne.newsletter.internal.CampaignStore;
import io.rayonne.partners.Partner;
import io.rayonne.partners.Partners;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Sending issues: who they would reach, a test copy to oneself, sending now or at a moment, pause,
 * resume and cancel, and the figures as the ledger and Mailjet's events tell them.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Campaigns {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final CampaignStore store;
    private final Bulletins bulletins;
    private final CampaignSender sender;
    private final Mail mail;
    private final MailSettings mailSettings;
    private final CurrentUser currentUser;
    private final Partners partners;
    private final Clock clock;

    Campaigns(
            CampaignStore store,
            Bulletins bulletins,
            CampaignSender sender,
            Mail mail,
            MailSettings mailSettings,
            CurrentUser currentUser,
            Partners partners,
            Clock clock) {
        this.partners = partners;
        this.store = store;
        this.bulletins = bulletins;
        this.sender = sender;
        this.mail = mail;
        this.mailSettings = mailSettings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Who the issue would reach with these segments, counted exactly. */
    public Campaign.Audience audience(String bulletinId, List<String> segmentIds) {
        Bulletin bulletin = bulletins.get(bulletinId);
        return SystemUser.call(() -> sender.audience(bulletin, segmentIds));
    }

    /**
     * The partners the issue names (in its texts, captions and pulled content), among those of its
     * office or network: who an office puts forward, for the statistics and the year's report.
     */
    public List<Partner> featuredPartners(String bulletinId) {
        Bulletin bulletin = bulletins.get(bulletinId);
        String words = Bulletins.words(bulletin);
        return SystemUser.call(() -> partners.namedIn(bulletins.networkOffices(bulletin.officeId()), words));
    }

    /**
     * The issues of these offices (of those the team member reads) whose sending ended between two days,
     * Paris time, with their figures and the partners they named.
     */
    public BulletinStatistics statistics(Collection<String> officeIds, LocalDate from, LocalDate toExcluded) {
        Set<String> offices = bulletins.countableAmong(officeIds);
        if (offices.isEmpty()) {
            return new BulletinStatistics(List.of(), List.of());
        }
        List<CampaignStore.Sent> sent = store.sentBetween(
                offices,
                from.atStartOfDay(PARIS).toInstant(),
                toExcluded.atStartOfDay(PARIS).toInstant());
        Map<String, CampaignStore.Tally> tallies =
                store.tallies(sent.stream().map(CampaignStore.Sent::id).toList());
        List<BulletinStatistics.Issue> issues = new ArrayList<>();
        Map<String, BulletinStatistics.Featured> featured = new LinkedHashMap<>();
        for (CampaignStore.Sent s : sent) {
            CampaignStore.Tally t = tallies.getOrDefault(s.id(), new CampaignStore.Tally(Map.of(), 0, 0, 0, 0, 0, 0));
            issues.add(new BulletinStatistics.Issue(
                    s.id(),
                    s.officeId(),
                    s.subject(),
                    Instant.ofEpochMilli(s.finishedAt()),
                    t.state("ACCEPTED"),
                    t.opened(),
                    t.clicked()));
            // A sent issue of an office the caller counts: public in its archive, read as the system.
            for (Partner p : SystemUser.call(() -> featuredPartners(s.id()))) {
                featured.merge(
                        p.id(),
                        new BulletinStatistics.Featured(p.id(), p.name(), 1),
                        (a, b) -> new BulletinStatistics.Featured(a.partnerId(), a.name(), a.issues() + 1));
            }
        }
        List<BulletinStatistics.Featured> mostFeatured = featured.values().stream()
                .sorted(java.util.Comparator.comparingInt(BulletinStatistics.Featured::issues)
                        .reversed()
                        .thenComparing(BulletinStatistics.Featured::name))
                .toList();
        return new BulletinStatistics(issues, mostFeatured);
    }

    /** Campaigns of the offices the user reads that wait for their moment, are sending or paused. */
    public List<Campaign> upcoming() {
        Set<String> offices = bulletins.readableOffices();
        if (offices.isEmpty()) {
            return List.of();
        }
        return store.inStates(offices, List.of("SCHEDULED", "SENDING", "PAUSED")).stream()
                .map(Campaigns::toCampaign)
                .toList();
    }

    /** The issue's campaign, if it was sent or scheduled. */
    public Optional<Campaign> of(String bulletinId) {
        Bulletin bulletin = bulletins.get(bulletinId);
        return store.campaign(bulletin.id()).map(Campaigns::toCampaign);
    }

    /**
     * Sends the issue to the segments now ({@code at} null) or at that moment. Refused with the
     * reasons when the issue cannot go (a deleted source, a photo without consent, no one to
     * reach), or when it was sent or scheduled already.
     */
    @Audited(
            value = "bulletin.sent",
            subject = "#bulletinId",
            label = "#result.scheduledAt() == null ? '' : 'prévu le ' + #result.scheduledAt()")
    public Campaign send(String bulletinId, List<String> segmentIds, @Nullable Instant at) {
        Bulletin bulletin = bulletins.withCurrentExcerpts(bulletins.get(bulletinId));
        User user = writer(bulletin);
        List<Bulletin.Problem> problems = new java.util.ArrayList<>(bulletins.problemsBeforeSending(bulletin));
        if (segmentIds.isEmpty()) {
            problems.add(Bulletin.Problem.of("newsletter.error.no-segment"));
        } else if (audience(bulletinId, segmentIds).recipients() == 0) {
            problems.add(Bulletin.Problem.of("newsletter.error.nobody"));
        }
        if (at != null && at.isBefore(clock.instant())) {
            problems.add(Bulletin.Problem.of("newsletter.error.schedule-past"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidBulletinException(problems);
        }
        boolean now = at == null;
        CampaignDocument campaign = new CampaignDocument(
                bulletin.id(),
                bulletin.id(),
                bulletin.officeId(),
                List.copyOf(segmentIds),
                CampaignState.SCHEDULED.name(),
                now ? clock.instant() : at,
                null,
                null,
                false,
                0,
                "",
                mailSettings.fromEmail(),
                bulletins.officeName(bulletin.officeId()),
                "",
                "",
                null,
                null,
                null,
                user.id(),
                clock.instant(),
                null);
        if (!store.create(campaign)) {
            throw new InvalidBulletinException(List.of(Bulletin.Problem.of("newsletter.error.already-sent")));
        }
        return toCampaign(store.campaign(bulletin.id()).orElseThrow());
    }

    @Audited(value = "bulletin.paused", subject = "#bulletinId")
    public Campaign pause(String bulletinId) {
        return change(bulletinId, List.of(CampaignState.SENDING, CampaignState.SCHEDULED), CampaignState.PAUSED);
    }

    /** Back to sending where it was; a campaign paused before it began waits for its moment again. */
    @Audited(value = "bulletin.resumed", subject = "#bulletinId")
    public Campaign resume(String bulletinId) {
        CampaignDocument c =
                store.campaign(bulletinId).orElseThrow(() -> new NotFoundException("Campaign " + bulletinId));
        CampaignState next = c.startedAt() == null ? CampaignState.SCHEDULED : CampaignState.SENDING;
        return change(bulletinId, List.of(CampaignState.PAUSED), next);
    }

    /** Stops for good; the recipients not reached yet are not. */
    @Audited(value = "bulletin.cancelled", subject = "#bulletinId")
    public Campaign cancel(String bulletinId) {
        return change(
                bulletinId,
                List.of(CampaignState.SCHEDULED, CampaignState.SENDING, CampaignState.PAUSED),
                CampaignState.CANCELLED);
    }

    private Campaign change(String bulletinId, List<CampaignState> from, CampaignState to) {
        writer(bulletins.get(bulletinId));
        for (int attempt = 0; attempt < 10; attempt++) {
            CampaignDocument c =
                    store.campaign(bulletinId).orElseThrow(() -> new NotFoundException("Campaign " + bulletinId));
            CampaignState state = CampaignState.valueOf(c.state());
            if (!from.contains(state)) {
                throw new InvalidBulletinException(List.of(Bulletin.Problem.of("newsletter.error.campaign-state")));
            }
            CampaignDocument next = to.finished()
                    ? c.finished(to.name(), clock.instant())
                    : c.withState(to.name(), null, clock.instant());
            Optional<CampaignDocument> saved = store.saveIfUnchanged(next);
            if (saved.isPresent()) {
                return toCampaign(saved.get());
            }
        }
        throw new IllegalStateException("Campaign " + bulletinId + " kept changing");
    }

    /** Where sending stands, counted from the ledger. */
    public Campaign.Progress progress(String bulletinId) {
        CampaignDocument c =
                store.campaign(bulletinId).orElseThrow(() -> new NotFoundException("Campaign " + bulletinId));
        bulletins.get(bulletinId);
        return progress(toCampaign(c), store.counts(c.id()).all());
    }

    public Campaign.Statistics statistics(String bulletinId) {
        CampaignDocument c =
                store.campaign(bulletinId).orElseThrow(() -> new NotFoundException("Campaign " + bulletinId));
        bulletins.get(bulletinId);
        Campaign campaign = toCampaign(c);
        CampaignStore.Counts counts = store.counts(c.id());
        Map<String, Campaign.Progress> bySegment = new HashMap<>();
        counts.bySegment().forEach((segment, tally) -> bySegment.put(segment, progress(campaign, tally)));
        return new Campaign.Statistics(progress(campaign, counts.all()), bySegment, counts.clicksByLink());
    }

    private static Campaign.Progress progress(Campaign campaign, CampaignStore.Tally t) {
        return new Campaign.Progress(
                campaign,
                t.state("ACCEPTED"),
                t.state("REFUSED"),
                t.state("UNKNOWN"),
                t.state("RECORDED"),
                t.state("PLANNED") + t.state("DEFERRED") + t.state("SENDER_REFUSED"),
                t.state("CANCELLED"),
                t.delivered(),
                t.opened(),
                t.clicked(),
                t.bounced(),
                t.complained(),
                t.unsubscribed());
    }

    /**
     * A copy of the issue as it is now to the person signed in (or the address given), marked as
     * a test; its links do not unsubscribe anyone.
     */
    @Audited(value = "bulletin.test-sent", subject = "#bulletinId", label = "#email")
    public Delivery sendTest(String bulletinId, String email) {
        Bulletin bulletin = bulletins.withCurrentExcerpts(bulletins.get(bulletinId));
        User user = writer(bulletin);
        Personalised issue = new Personalised(sender.render(bulletin));
        String office = bulletins.officeName(bulletin.officeId());
        String firstName = user.displayName().split(" ")[0];
        var values = new Personalised.Values(
                firstName,
                "",
                office,
                office,
                "#test-desinscription",
                "#test-preferences",
                "fr".equals(bulletin.language()));
        return mail.send(MailMessage.of(
                "test-" + bulletin.id() + "-" + UUID.randomUUID(),
                new Address(mailSettings.fromEmail(), office),
                new Address(email, user.displayName()),
                "[Test] " + issue.subject(values),
                issue.html(values),
                issue.text(values)));
    }

    private User writer(Bulletin bulletin) {
        User user = currentUser.require();
        if (!(user.has(Role.ADMIN)
                || (user.has(Role.COMMUNICATION) && user.officeId().equals(bulletin.officeId())))) {
            throw new AccessDeniedException("Bulletins are sent by their office's team");
        }
        return user;
    }

    static Campaign toCampaign(CampaignDocument d) {
        return new Campaign(
                d.id(),
                d.bulletinId(),
                d.officeId(),
                d.segmentIds(),
                CampaignState.valueOf(d.state()),
                d.scheduledAt(),
                d.startedAt(),
                d.finishedAt(),
                d.total(),
                d.problem());
    }
}
