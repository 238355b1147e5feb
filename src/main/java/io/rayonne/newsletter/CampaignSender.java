package io.rayonne.newsletter;

import io.rayonne.accounts.SystemUser;
import io.rayonne.base.Futures;
import io.rayonne.base.Names;
import io.rayonne.mail.Address;
import io.rayonne.mail.Delivery;
import io.rayonne.mail.Mail;
import io.rayonne.mail.MailMessage;
import io.rayonne.mail.MailSettings;
import io.rayonne.newsletter.internal.CampaignDocument;
import io.rayonne.newsletter.internal.CampaignStore;
import io.rayonne.newsletter.internal.DeliveryDocument;
import io.rayonne.partners.Partners;
import io.rayonne.partners.Recipient;
import io.rayonne.partners.Segment;
import io.rayonne.partners.SegmentCriteria;
import io.rayonne.partners.Segments;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Sends campaigns, exactly once per recipient, whatever stops it midway.
 *
 * <p>Every instance looks for campaigns due; one takes a campaign's lease (a conditional write of
 * the campaign in Elasticsearch) and renews it before each batch, so that only it sends. Sending
 * begins by freezing the issue and writing the ledger: one PLANNED entry per recipient, under the
 * message id it will be handed with. Then, batch after batch in the ledger's order, the entries not
 * answered are handed to the mail port's {@link Mail#resend}: a message the mail ledger already
 * answered is not sent again; one it holds as pending or unknown (a crash, an answer lost) is
 * handed again under the same CustomID, and Mailjet's DeduplicateCampaign drops a second copy;
 * one it never saw is sent. The answers are written to the entries after. Whatever moment a crash
 * falls on, the next pass over the entries left sends what was not sent and nothing twice.
 * See docs/decisions/0010-bulletins-exactly-once.md.
 */
@Component
class CampaignSender {

    private static final Logger log = LoggerFactory.getLogger(CampaignSender.class);
    /**
     * Entries handed over again: never answered, deferred by Mailjet, answered as unknown, or held
     * because Mailjet refused the sender's address.
     */
    static final Set<String> TO_HAND = Set.of("PLANNED", "DEFERRED", "UNKNOWN", "SENDER_REFUSED");

    private static final int PLAN_CHUNK = 2_000;
    /** Batches of one campaign out at once. */
    private static final int IN_FLIGHT = 2;
    /** Passes that hand unknown answers over again before they stay unknown. */
    private static final int UNKNOWN_PASSES = 3;

    private final CampaignStore store;
    private final Bulletins bulletins;
    private final BulletinRenderer renderer;
    private final UnsubscribeTokens tokens;
    private final Partners partners;
    private final Segments segments;
    private final Mail mail;
    private final MailSettings mailSettings;
    private final NewsletterSettings settings;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private final ExecutorService senders = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "bulletin-sender");
        t.setDaemon(true);
        return t;
    });
    /** Hands batches over, {@link #IN_FLIGHT} per campaign being sent. */
    private final ExecutorService handOver = Executors.newFixedThreadPool(2 * IN_FLIGHT, r -> {
        Thread t = new Thread(r, "bulletin-hand-over");
        t.setDaemon(true);
        return t;
    });

    private final Set<String> running = ConcurrentHashMap.newKeySet();

    /** Who holds a lease: this instance, until it stops. */
    volatile String instance = "rayonne-" + UUID.randomUUID();

    /**
     * Called at each step of a batch, by whichever sender of the JVM sends: tests throw there to
     * stop that sender as a crash would (and give it another instance name, as a restart would).
     */
    static volatile BiConsumer<CampaignSender, Step> checkpoint = (sender, step) -> {};

    /** The moments a crash may fall between. */
    enum Step {
        PLANNED,
        BATCH_READ,
        ANSWERED,
        RECORDED
    }

    CampaignSender(
            CampaignStore store,
            Bulletins bulletins,
            BulletinRenderer renderer,
            UnsubscribeTokens tokens,
            Partners partners,
            Segments segments,
            Mail mail,
            MailSettings mailSettings,
            NewsletterSettings settings,
            TaskScheduler scheduler,
            Clock clock) {
        this.store = store;
        this.bulletins = bulletins;
        this.renderer = renderer;
        this.tokens = tokens;
        this.partners = partners;
        this.segments = segments;
        this.mail = mail;
        this.mailSettings = mailSettings;
        this.settings = settings;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!settings.sending()) {
            log.info("This instance sends no campaign (rayonne.newsletter.sending=false)");
            return;
        }
        scheduler.scheduleWithFixedDelay(this::tick, Instant.now().plus(settings.tick()), settings.tick());
    }

    /** Takes the campaigns due whose lease is free (or this instance's) and sends them. */
    void tick() {
        try {
            for (CampaignDocument c : store.due(clock.instant())) {
                if (!running.contains(c.id()) && leaseFree(c)) {
                    acquire(c).ifPresent(held -> {
                        if (running.add(held.id())) {
                            senders.execute(() -> {
                                try {
                                    SystemUser.run(() -> send(held.id()));
                                } finally {
                                    running.remove(held.id());
                                }
                            });
                        }
                    });
                }
            }
        } catch (DataAccessException e) {
            log.warn("Campaigns not looked at, the store does not answer: {}", e.getMessage());
        }
    }

    private boolean leaseFree(CampaignDocument c) {
        return c.leaseOwner() == null
                || instance.equals(c.leaseOwner())
                || c.leaseUntil() == null
                || c.leaseUntil().isBefore(clock.instant());
    }

    private Optional<CampaignDocument> acquire(CampaignDocument c) {
        return store.saveIfUnchanged(c.withLease(instance, clock.instant().plus(settings.lease())));
    }

    /** The campaign read again with its lease renewed, or empty if it is no longer this instance's to send. */
    private Optional<CampaignDocument> renew(String id) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<CampaignDocument> read = store.campaign(id);
            if (read.isEmpty() || !instance.equals(read.get().leaseOwner())) {
                return Optional.empty();
            }
            Optional<CampaignDocument> renewed = acquire(read.get());
            if (renewed.isPresent()) {
                return renewed;
            }
        }
        return Optional.empty();
    }

    private void release(String id) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<CampaignDocument> read = store.campaign(id);
            if (read.isEmpty() || !instance.equals(read.get().leaseOwner())) {
                return;
            }
            if (store.saveIfUnchanged(read.get().withLease(null, null)).isPresent()) {
                return;
            }
        }
    }

    /** Sends the campaign until it is sent, paused, cancelled or taken by another instance. */
    void send(String id) {
        try {
            Optional<CampaignDocument> held = renew(id);
            if (held.isEmpty()) {
                return;
            }
            CampaignDocument c = held.get();
            if (c.state().equals(CampaignState.SCHEDULED.name())) {
                Bulletin now = bulletins.withCurrentExcerpts(
                        bulletins.stored(c.bulletinId()).orElseThrow());
                if (!bulletins.problemsBeforeSending(now).isEmpty()) {
                    // Scheduled days ago: a source deleted or a consent ended since. Nobody gets half of it.
                    pauseByItself(
                            id,
                            "Le numéro ne peut pas partir tel quel : un contenu a été supprimé ou une photo "
                                    + "n’a plus de droit à l’image pour les bulletins. Ouvrez-le, corrigez-le, puis reprenez l’envoi.");
                    release(id);
                    return;
                }
                c = begin(c);
            }
            if (!c.planned()) {
                c = plan(c);
            }
            store.refreshLedger();
            Instant firstDeferral = null;
            int unknownPasses = 0;
            while (true) {
                Pass pass = pass(c.id());
                if (pass.stopped()) {
                    release(id);
                    return;
                }
                if (pass.senderRefused() != null) {
                    // No recipient is at fault and no attempt will do better: waiting helps nobody.
                    pauseByItself(
                            id,
                            pass.senderRefused()
                                    + " Une fois l’adresse validée, reprenez l’envoi : chacun recevra le bulletin une fois.");
                    release(id);
                    return;
                }
                store.refreshLedger();
                if (pass.deferred() > 0) {
                    firstDeferral = firstDeferral == null ? clock.instant() : firstDeferral;
                    if (Duration.between(firstDeferral, clock.instant()).compareTo(settings.giveUpAfter()) > 0) {
                        pauseByItself(
                                id,
                                "Mailjet ne répond plus depuis "
                                        + settings.giveUpAfter().toMinutes()
                                        + " minutes : l’envoi est en pause. Reprenez-le quand Mailjet répond ; personne ne recevra le bulletin deux fois.");
                        release(id);
                        return;
                    }
                    if (!waitRenewing(id, settings.retryAfter())) {
                        return;
                    }
                    continue;
                }
                firstDeferral = null;
                if (pass.unknown() > 0 && ++unknownPasses < UNKNOWN_PASSES) {
                    continue;
                }
                finish(id);
                return;
            }
        } catch (RuntimeException e) {
            // The lease is kept until it expires: the next look resumes where the ledger says.
            log.warn("Campaign {} interrupted, it resumes at the next look: {}", id, e.toString());
        }
    }

    /** The issue frozen as it is now (pulled blocks read a last time), rendered once. */
    private CampaignDocument begin(CampaignDocument c) {
        Bulletin bulletin =
                bulletins.withCurrentExcerpts(bulletins.stored(c.bulletinId()).orElseThrow());
        Bulletin frozen =
                bulletin.frozen() ? bulletin : bulletins.freeze(bulletin, BulletinState.SENDING, clock.instant());
        BulletinRenderer.Rendered rendered = render(frozen);
        CampaignDocument sending = new CampaignDocument(
                c.id(),
                c.bulletinId(),
                c.officeId(),
                c.segmentIds(),
                CampaignState.SENDING.name(),
                c.scheduledAt(),
                clock.instant(),
                null,
                false,
                0,
                rendered.subject(),
                c.fromEmail(),
                c.fromName(),
                rendered.html(),
                rendered.text(),
                c.leaseOwner(),
                c.leaseUntil(),
                null,
                c.createdBy(),
                clock.instant(),
                c.seqNoPrimaryTerm());
        return store.saveIfUnchanged(sending)
                .orElseThrow(() -> new IllegalStateException("Campaign changed meanwhile"));
    }

    BulletinRenderer.Rendered render(Bulletin bulletin) {
        return renderer.render(
                bulletin,
                new BulletinRenderer.Context(
                        bulletins.officeName(bulletin.officeId()),
                        settings.base(),
                        bulletins.photoTexts(bulletin),
                        true));
    }

    /** One entry per recipient, written before anything is handed over. */
    private CampaignDocument plan(CampaignDocument c) {
        Bulletin bulletin = bulletins.stored(c.bulletinId()).orElseThrow();
        List<Planned> recipients = recipients(bulletin, c.segmentIds());
        List<DeliveryDocument> chunk = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            Planned p = recipients.get(i);
            Recipient r = p.recipient();
            chunk.add(new DeliveryDocument(
                    messageId(c.id(), r),
                    c.id(),
                    i,
                    r.partner().id(),
                    r.contact().id(),
                    r.contact().email(),
                    r.contact().firstName(),
                    r.contact().lastName(),
                    r.partner().name(),
                    r.partner().officeId(),
                    p.segmentId(),
                    "PLANNED",
                    null,
                    null,
                    null,
                    false,
                    false,
                    false,
                    false,
                    false,
                    List.of()));
            if (chunk.size() == PLAN_CHUNK) {
                store.plan(chunk);
                chunk = new ArrayList<>();
                checkpoint.accept(this, Step.PLANNED);
            }
        }
        store.plan(chunk);
        checkpoint.accept(this, Step.PLANNED);
        CampaignDocument read = store.campaign(c.id()).orElseThrow();
        return store.saveIfUnchanged(read.planned(recipients.size(), clock.instant()))
                .orElseThrow(() -> new IllegalStateException("Campaign changed meanwhile"));
    }

    record Planned(Recipient recipient, String segmentId) {}

    /** The contacts of the segments who receive this bulletin, each address once, in segment order. */
    List<Planned> recipients(Bulletin bulletin, List<String> segmentIds) {
        Set<String> network = networkOffices(bulletin);
        Set<String> addresses = new HashSet<>();
        List<Planned> planned = new ArrayList<>();
        for (String segmentId : segmentIds) {
            Segment segment = segments.get(segmentId);
            partners.forEachRecipient(within(segment.criteria(), network), r -> {
                String email = r.contact().email();
                if (!email.isBlank()
                        && r.contact().subscription().receives(bulletin.series())
                        && addresses.add(Names.foldEmail(email))) {
                    planned.add(new Planned(r, segmentId));
                }
            });
        }
        return planned;
    }

    /** Who a campaign would reach, and who it leaves out and why. */
    Campaign.Audience audience(Bulletin bulletin, List<String> segmentIds) {
        Set<String> network = networkOffices(bulletin);
        Set<String> addresses = new HashSet<>();
        Set<String> seen = new HashSet<>();
        int[] n = new int[6];
        java.util.Map<io.rayonne.partners.LegalBasis, Integer> byBasis =
                new java.util.EnumMap<>(io.rayonne.partners.LegalBasis.class);
        for (String segmentId : segmentIds) {
            Segment segment = segments.get(segmentId);
            partners.forEachRecipient(within(segment.criteria(), network), r -> {
                if (!seen.add(r.key())) {
                    return;
                }
                var s = r.contact().subscription();
                switch (s.state()) {
                    case UNSUBSCRIBED -> n[1]++;
                    case SUPPRESSED -> n[2]++;
                    case SUBSCRIBED -> {
                        if (!s.receives(bulletin.series())) {
                            n[3]++;
                        } else if (r.contact().email().isBlank()) {
                            n[4]++;
                        } else if (!addresses.add(Names.foldEmail(r.contact().email()))) {
                            n[5]++;
                        } else {
                            n[0]++;
                            byBasis.merge(s.basis(), 1, Integer::sum);
                        }
                    }
                }
            });
        }
        return new Campaign.Audience(n[0], n[1], n[2], n[3], n[4], n[5], byBasis);
    }

    private Set<String> networkOffices(Bulletin bulletin) {
        return bulletins.networkOffices(bulletin.officeId());
    }

    private static SegmentCriteria within(SegmentCriteria criteria, Set<String> network) {
        if (criteria.officeIds().isEmpty()) {
            return criteria.withOffices(network);
        }
        Set<String> kept =
                criteria.officeIds().stream().filter(network::contains).collect(Collectors.toSet());
        return criteria.withOffices(kept.isEmpty() ? Set.of("") : kept);
    }

    static String messageId(String campaignId, Recipient r) {
        return messageIdOf(campaignId, r.partner().id(), r.contact().id());
    }

    /** The id of a recipient's copy: the same on every attempt, and Mailjet's CustomID. */
    static String messageIdOf(String campaignId, String partnerId, String contactId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((campaignId + "\n" + partnerId + "\n" + contactId).getBytes(StandardCharsets.UTF_8));
            return "b-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How a pass ended; {@code senderRefused} is Mailjet's reason when it refused the sender. */
    record Pass(boolean stopped, int deferred, int unknown, @Nullable String senderRefused) {}

    /** What one batch's hand-over came to. */
    private record Answered(int deferred, int unknown, @Nullable String senderRefused) {}

    /**
     * One pass over the entries still to hand over, batch after batch in the ledger's order, two
     * batches out at once: while one waits for Mailjet, the one before is being recorded. Entries
     * are independent, so their order of answer does not matter; a pass ends only when none of its
     * batches is still out, so the next pass never hands an entry this one is handing.
     */
    private Pass pass(String id) {
        int deferred = 0;
        int unknown = 0;
        Boolean french = null;
        List<Object> after = null;
        Deque<Future<Answered>> out = new ArrayDeque<>();
        try {
            while (true) {
                if (out.size() >= IN_FLIGHT) {
                    Answered a = Futures.result(out.removeFirst());
                    deferred += a.deferred();
                    unknown += a.unknown();
                    if (a.senderRefused() != null) {
                        return new Pass(false, deferred, unknown, a.senderRefused());
                    }
                }
                Optional<CampaignDocument> held = renew(id);
                if (held.isEmpty() || !held.get().state().equals(CampaignState.SENDING.name())) {
                    return new Pass(true, deferred, unknown, null);
                }
                CampaignDocument c = held.get();
                if (french == null) {
                    french = bulletins
                            .stored(c.bulletinId())
                            .map(b -> b.language().equals("fr"))
                            .orElse(true);
                }
                CampaignStore.Page page = store.next(id, TO_HAND, after, settings.batch());
                if (page.entries().isEmpty()) {
                    String senderRefused = null;
                    while (!out.isEmpty()) {
                        Answered a = Futures.result(out.removeFirst());
                        deferred += a.deferred();
                        unknown += a.unknown();
                        senderRefused = senderRefused == null ? a.senderRefused() : senderRefused;
                    }
                    return new Pass(false, deferred, unknown, senderRefused);
                }
                after = page.after();
                checkpoint.accept(this, Step.BATCH_READ);
                Personalised issue = new Personalised(new BulletinRenderer.Rendered(c.subject(), c.html(), c.text()));
                List<MailMessage> messages = new ArrayList<>(page.entries().size());
                for (DeliveryDocument entry : page.entries()) {
                    messages.add(message(c, issue, entry, french));
                }
                out.addLast(handOver.submit(() -> SystemUser.call(() -> handAndRecord(page.entries(), messages))));
            }
        } finally {
            // However the pass ends (stopped, refused, a crash of a batch), none of it stays out.
            for (Future<Answered> batch : out) {
                try {
                    batch.get();
                } catch (ExecutionException e) {
                    log.debug(
                            "A batch of campaign {} stopped: {}",
                            id,
                            e.getCause().toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Hands a batch over, then writes the answers to its entries. */
    private Answered handAndRecord(List<DeliveryDocument> entries, List<MailMessage> messages) {
        List<Delivery> answers = mail.resend(messages);
        checkpoint.accept(this, Step.ANSWERED);
        Instant at = clock.instant();
        List<DeliveryDocument> recorded = new ArrayList<>(answers.size());
        int deferred = 0;
        int unknown = 0;
        String senderRefused = null;
        for (int i = 0; i < answers.size(); i++) {
            Delivery d = answers.get(i);
            recorded.add(entries.get(i).withOutcome(d.status().name(), d.providerId(), d.reason(), at));
            if (d.status() == Delivery.Status.DEFERRED) {
                deferred++;
            } else if (d.status() == Delivery.Status.UNKNOWN) {
                unknown++;
            } else if (d.status() == Delivery.Status.SENDER_REFUSED) {
                senderRefused = d.reason();
            }
        }
        store.record(recorded);
        checkpoint.accept(this, Step.RECORDED);
        return new Answered(deferred, unknown, senderRefused);
    }

    private MailMessage message(CampaignDocument c, Personalised issue, DeliveryDocument entry, boolean french) {
        String token = tokens.issue(entry.partnerId(), entry.contactId(), c.id());
        String unsubscribe = settings.base() + "desinscription/" + token;
        String preferences = settings.base() + "preferences/" + token;
        var values = new Personalised.Values(
                entry.firstName(),
                entry.lastName(),
                entry.partnerName(),
                c.fromName(),
                unsubscribe,
                preferences,
                french);
        String name = (entry.firstName() + " " + entry.lastName()).strip();
        return new MailMessage(
                entry.id(),
                new Address(c.fromEmail(), c.fromName()),
                List.of(new Address(entry.email(), name.isEmpty() ? null : name)),
                List.of(),
                null,
                issue.subject(values),
                issue.html(values),
                issue.text(values),
                Map.of(
                        "List-Unsubscribe",
                        "<" + unsubscribe + ">, <mailto:" + settings.unsubscribeMailbox() + "?subject=unsubscribe-"
                                + token + ">",
                        "List-Unsubscribe-Post",
                        "List-Unsubscribe=One-Click"),
                List.of(),
                c.id());
    }

    /** Waits, keeping the lease; false if the campaign is no longer this instance's to send. */
    private boolean waitRenewing(String id, Duration wait) {
        Instant until = clock.instant().plus(wait);
        Duration step = settings.lease().dividedBy(3);
        while (clock.instant().isBefore(until)) {
            try {
                Thread.sleep(Math.max(
                        50,
                        Math.min(
                                step.toMillis(),
                                Duration.between(clock.instant(), until).toMillis())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            Optional<CampaignDocument> held = renew(id);
            if (held.isEmpty() || !held.get().state().equals(CampaignState.SENDING.name())) {
                return false;
            }
        }
        return true;
    }

    private void pauseByItself(String id, String why) {
        for (int attempt = 0; attempt < 5; attempt++) {
            CampaignDocument read = store.campaign(id).orElseThrow();
            if (store.saveIfUnchanged(read.withState(CampaignState.PAUSED.name(), why, clock.instant()))
                    .isPresent()) {
                log.warn("Campaign {} paused: {}", id, why);
                return;
            }
        }
    }

    private void finish(String id) {
        for (int attempt = 0; attempt < 5; attempt++) {
            CampaignDocument read = store.campaign(id).orElseThrow();
            if (!read.state().equals(CampaignState.SENDING.name())) {
                release(id);
                return;
            }
            if (store.saveIfUnchanged(read.finished(CampaignState.SENT.name(), clock.instant()))
                    .isPresent()) {
                bulletins
                        .stored(read.bulletinId())
                        .ifPresent(b -> bulletins.freeze(b, BulletinState.SENT, clock.instant()));
                log.info("Campaign {} sent to {} recipient(s)", id, read.total());
                return;
            }
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        senders.shutdownNow();
        handOver.shutdownNow();
    }
}
