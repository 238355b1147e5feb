package io.rayonne.portraits;

import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.SystemUser;
import io.rayonne.accounts.User;
import io.rayonne.base.Audited;
import io.rayonne.base.Channel;
import io.rayonne.base.NotFoundException;
import io.rayonne.base.Revision;
import io.rayonne.base.elasticsearch.Documents;
import io.rayonne.media.ConsentProblem;
import io.rayonne.media.PhotoUse;
import io.rayonne.media.Photos;
import io.rayonne.portraits.internal.SeriesDocument;
import io.rayonne.portraits.internal.SeriesStore;
import java.time.Clock;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Series of approved portraits, ordered and scheduled by the communication team. Scheduling checks
 * every portrait: approved, and each photo's consent valid for the channels' uses on the day that
 * portrait goes out.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Series {

    private final SeriesStore store;
    private final Portraits portraits;
    private final Photos photos;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Series(
            SeriesStore store,
            Portraits portraits,
            Photos photos,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.events = events;
        this.portraits = portraits;
        this.photos = photos;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** What stands in the way of one portrait of a series; {@link #ready()} when nothing does. */
    public record SlotCheck(PortraitSeries.Slot slot, Portrait portrait, List<ConsentProblem> consent) {

        public boolean approved() {
            return portrait.status() == PortraitStatus.APPROVED || portrait.status() == PortraitStatus.SCHEDULED;
        }

        public boolean ready() {
            return approved() && consent.isEmpty();
        }
    }

    public List<PortraitSeries> all() {
        requireTeam(currentUser.require());
        return store.all().stream().map(Series::toSeries).toList();
    }

    public PortraitSeries get(String id) {
        requireTeam(currentUser.require());
        return toSeries(store.find(id).orElseThrow(() -> new NotFoundException("Series " + id)));
    }

    @Audited(value = "series.created", subject = "#result.id()", label = "#plan.name()")
    public PortraitSeries create(SeriesPlan plan) {
        User user = requireReviewer();
        validate(plan);
        String id = UUID.randomUUID().toString();
        store.create(toDocument(id, user.officeId(), plan, false, user.id(), null));
        return get(id);
    }

    /** Adds a series with a known id unless it exists (sample content). Returns whether it was created. */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean importSeries(String id, String officeId, SeriesPlan plan) {
        validate(plan);
        return store.create(toDocument(id, officeId, plan, false, SystemUser.NAME, null));
    }

    /** A new plan over the revision read; refused while the series is scheduled. */
    @Audited(value = "series.updated", subject = "#id", label = "#plan.name()")
    public PortraitSeries update(String id, Revision read, SeriesPlan plan) {
        User user = requireReviewer();
        PortraitSeries series = get(id);
        if (series.scheduled()) {
            throw new PortraitWorkflowException(List.of("series.error.scheduled"));
        }
        validate(plan);
        SeriesDocument saved =
                store.save(toDocument(id, series.officeId(), plan, false, user.id(), read), () -> get(id));
        return toSeries(saved);
    }

    /** Each portrait of the series, on its day, and what stops it from going out. */
    public List<SlotCheck> check(String id) {
        PortraitSeries series = get(id);
        Set<PhotoUse> channelUses = uses(series.plan().channels());
        return series.slots().stream()
                .map(slot -> {
                    Portrait portrait = portraits.get(slot.portraitId());
                    Set<PhotoUse> needed = EnumSet.copyOf(channelUses);
                    needed.addAll(portrait.uses());
                    return new SlotCheck(
                            slot,
                            portrait,
                            photos.problemsFor(
                                    portrait.text().photoIds(),
                                    needed,
                                    slot.at().toLocalDate()));
                })
                .toList();
    }

    /**
     * Schedules every portrait of the series, or none: refused with the checks when one is not
     * approved or a photo's consent does not cover its channels on its day.
     */
    @Audited(value = "series.scheduled", subject = "#id", label = "#result.plan().name()")
    public PortraitSeries schedule(String id, Revision read) {
        User user = requireReviewer();
        List<SlotCheck> checks = check(id);
        if (checks.isEmpty()) {
            throw new PortraitWorkflowException(List.of("series.error.empty"));
        }
        if (checks.stream().anyMatch(c -> !c.ready())) {
            throw new SeriesNotReadyException(checks);
        }
        PortraitSeries series = get(id);
        // The series is marked first: a stale read stops here, before any portrait moves.
        SeriesDocument saved =
                store.save(toDocument(id, series.officeId(), series.plan(), true, user.id(), read), () -> get(id));
        for (SlotCheck check : checks) {
            if (check.portrait().status() == PortraitStatus.APPROVED) {
                portraits.schedule(check.portrait().id(), check.portrait().revision());
            }
        }
        PortraitSeries scheduled = toSeries(saved);
        events.publishEvent(new SeriesScheduled(scheduled));
        return scheduled;
    }

    /** Takes the series off the plan: its scheduled portraits are approved again, the plan unlocked. */
    @Audited(value = "series.unscheduled", subject = "#id", label = "#result.plan().name()")
    public PortraitSeries unschedule(String id, Revision read) {
        User user = requireReviewer();
        PortraitSeries series = get(id);
        SeriesDocument saved =
                store.save(toDocument(id, series.officeId(), series.plan(), false, user.id(), read), () -> get(id));
        for (String portraitId : series.plan().portraitIds()) {
            Portrait portrait = portraits.get(portraitId);
            if (portrait.status() == PortraitStatus.SCHEDULED) {
                portraits.unschedule(portraitId, portrait.revision());
            }
        }
        PortraitSeries unscheduled = toSeries(saved);
        events.publishEvent(new SeriesUnscheduled(unscheduled));
        return unscheduled;
    }

    /** A portrait of the series as ready-to-post text for a channel, with the series' hashtags. */
    @Audited(value = "series.exported", subject = "#id", label = "#portraitId + ' · ' + #channel.name()")
    public String export(String id, String portraitId, Channel channel) {
        PortraitSeries series = get(id);
        if (!series.plan().portraitIds().contains(portraitId)) {
            throw new NotFoundException("Portrait " + portraitId + " in series " + id);
        }
        return PortraitExport.text(
                portraits.get(portraitId).text(), channel, series.plan().hashtags());
    }

    /** Approved portraits that may join a series (not yet in one). */
    public List<Portrait> candidates() {
        requireReviewer();
        Set<String> taken =
                store.all().stream().flatMap(s -> s.portraitIds().stream()).collect(Collectors.toSet());
        return portraits.all().stream()
                .filter(p -> p.status() == PortraitStatus.APPROVED && !taken.contains(p.id()))
                .toList();
    }

    static Set<PhotoUse> uses(Set<Channel> channels) {
        Set<PhotoUse> uses = EnumSet.noneOf(PhotoUse.class);
        channels.forEach(c -> uses.add(PhotoUse.of(c)));
        return uses;
    }

    private User requireReviewer() {
        User user = currentUser.require();
        if (!user.has(Role.COMMUNICATION) && !user.has(Role.ADMIN)) {
            throw new AccessDeniedException("Series are planned by the communication team");
        }
        return user;
    }

    private static void requireTeam(User user) {
        if (!user.isStaff()) {
            throw new AccessDeniedException("Series are for the team");
        }
    }

    private static void validate(SeriesPlan plan) {
        if (!plan.problems().isEmpty()) {
            throw new PortraitWorkflowException(plan.problems());
        }
    }

    private SeriesDocument toDocument(
            String id, String officeId, SeriesPlan plan, boolean scheduled, String userId, @Nullable Revision read) {
        return new SeriesDocument(
                id,
                officeId,
                plan.name(),
                plan.portraitIds(),
                plan.start(),
                plan.everyDays(),
                plan.time().toString(),
                plan.channels().stream().map(Enum::name).collect(Collectors.toSet()),
                plan.hashtags(),
                scheduled,
                clock.instant(),
                userId,
                Documents.seqNoPrimaryTerm(read));
    }

    private static PortraitSeries toSeries(SeriesDocument d) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        d.channels().forEach(c -> channels.add(Channel.valueOf(c)));
        return new PortraitSeries(
                d.id(),
                d.officeId(),
                new SeriesPlan(
                        d.name(),
                        d.portraitIds(),
                        d.start(),
                        d.everyDays(),
                        LocalTime.parse(d.time()),
                        channels,
                        d.hashtags()),
                d.scheduled(),
                d.updatedAt(),
                d.updatedBy(),
                Documents.revision(d.seqNoPrimaryTerm()));
    }
}
