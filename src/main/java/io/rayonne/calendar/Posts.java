package io.rayonne.calendar;

import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.SystemUser;
import io.rayonne.accounts.User;
import io.rayonne.base.AlreadyExistsException;
import io.rayonne.base.Audited;
import io.rayonne.base.Channel;
import io.rayonne.base.NotFoundException;
import io.rayonne.base.Revision;
import io.rayonne.base.Slugs;
import io.rayonne.base.StaleEditException;
import io.rayonne.base.elasticsearch.Documents;
import io.rayonne.calendar.internal.OfficeCalendarDocument;
import io.rayonne.calendar.internal.PostDocument;
import io.rayonne.calendar.internal.PostRevisionDocument;
import io.rayonne.calendar.internal.PostStore;
import io.rayonne.inbox.Inbox;
import io.rayonne.media.ConsentProblem;
import io.rayonne.media.MissingConsentException;
import io.rayonne.media.PhotoUsage;
import io.rayonne.media.PhotoUsages;
import io.rayonne.media.PhotoUse;
import io.rayonne.media.Photos;
import io.rayonne.search.Readers;
import io.rayonne.search.SearchEntry;
import io.rayonne.search.SearchIndex;
import io.rayonne.search.SearchResults;
import io.rayonne.search.SearchSource;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Posts of the offices' editorial calendars. Written by communication and press officers of the
 * post's office (and administrators), read across the network; every save and step is a revision;
 * a save over a version someone else saved meanwhile is refused with what is stored now.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Posts implements SearchSource, PhotoUsages {

    static final String TYPE = "post";
    /** The start of the series id of posts planned for a portrait series. */
    static final String PORTRAIT_SERIES = "portraits-";

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Until an office chooses, a colleague approves each post. */
    public static final ApprovalPolicy DEFAULT_POLICY = ApprovalPolicy.REQUIRED;

    private final PostStore store;
    private final CurrentUser currentUser;
    private final Accounts accounts;
    private final Inbox inbox;
    private final SearchIndex search;
    private final Photos photos;
    private final Clock clock;

    Posts(
            PostStore store,
            CurrentUser currentUser,
            Accounts accounts,
            Inbox inbox,
            SearchIndex search,
            Photos photos,
            Clock clock) {
        this.store = store;
        this.photos = photos;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.inbox = inbox;
        this.search = search;
        this.clock = clock;
    }

    public Post get(String id) {
        User user = reader();
        Post post = store.post(id).map(Posts::toPost).orElseThrow(() -> new NotFoundException("Post " + id));
        if (!visibleOffices(user).contains(post.officeId())) {
            throw new NotFoundException("Post " + id);
        }
        return post;
    }

    /**
     * The id a new post will have. The editor asks for it at the first try of a save and keeps it
     * until the save is answered, so that a try whose answer was lost (the store stopped after
     * writing) is completed by the next one, never doubled (decision 13).
     */
    public String newId(Post.Draft draft) {
        return Slugs.unique(draft.title());
    }

    /** A new post of the user's office, as a draft, under a new id. */
    @Audited(value = "post.created", subject = "#result.id()", label = "#result.title()")
    public Post create(Post.Draft draft) {
        return create(newId(draft), draft);
    }

    /**
     * A new post of the user's office, as a draft, under the id of {@link #newId}. If an earlier
     * try of the same save wrote it (its answer lost), that post is completed (first version,
     * search entry) and given these words, rather than a second post made.
     *
     * @throws AlreadyExistsException the id is someone else's post, or a post changed since
     */
    @Audited(value = "post.created", subject = "#result.id()", label = "#result.title()")
    public Post create(String id, Post.Draft draft) {
        User user = writer(null);
        validate(draft, null);
        PostDocument document = toDocument(
                id,
                user.officeId(),
                user.id(),
                draft,
                new PostWorkflow.State(PostStatus.DRAFT, user.id(), List.of()),
                null,
                null,
                null,
                1,
                user.id(),
                null);
        if (!store.create(document)) {
            return completed(id, user, draft);
        }
        keep(document, "created", null);
        return indexed(get(id));
    }

    /** The post an earlier try of this save wrote: its first version kept and indexed, then these words. */
    private Post completed(String id, User user, Post.Draft draft) {
        PostDocument stored = store.post(id).orElseThrow(() -> new AlreadyExistsException("Post " + id));
        if (!stored.ownerId().equals(user.id())
                || !stored.officeId().equals(user.officeId())
                || stored.version() != 1) {
            throw new AlreadyExistsException("Post " + id);
        }
        Post post = completed(stored, "created");
        return post.draft().equals(draft) ? post : update(id, post.revision(), draft);
    }

    /** A save applied before its answer was lost, given its history line and search entry if they were lost with it. */
    private Post completed(PostDocument stored, String action) {
        keep(stored, action, null);
        return indexed(toPost(stored));
    }

    /**
     * One draft per occurrence of the recurrence, each then edited on its own, written in one go.
     * Refused whole when the text, the recurrence or a date in the past is wrong.
     */
    @Audited(
            value = "post.series-created",
            subject = "#result.isEmpty() ? '' : #result.get(0).id()",
            label = "#template.title() + ' (' + #result.size() + ')'")
    public List<Post> createSeries(Post.Draft template, Recurrence recurrence) {
        return createSeries(newId(template), template, recurrence);
    }

    /**
     * A series under the id of {@link #newId}, kept by the editor across the tries of one save: a
     * try whose answer was lost is completed by the next one (the posts it wrote stay as they are),
     * never doubled (decision 13).
     *
     * @throws AlreadyExistsException the id is someone else's series
     */
    @Audited(
            value = "post.series-created",
            subject = "#result.isEmpty() ? '' : #result.get(0).id()",
            label = "#template.title() + ' (' + #result.size() + ')'")
    public List<Post> createSeries(String seriesId, Post.Draft template, Recurrence recurrence) {
        User user = writer(null);
        List<Post.Problem> problems = new ArrayList<>(template.problems());
        recurrence.problems().forEach(key -> problems.add(Post.Problem.of(key)));
        if (problems.isEmpty()
                && recurrence.occurrences().get(0).atZone(PARIS).toInstant().isBefore(clock.instant())) {
            problems.add(Post.Problem.of("calendar.error.date-past"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPostException(problems);
        }
        List<Post.Draft> drafts =
                recurrence.occurrences().stream().map(template::at).toList();
        return createAll(user, user.officeId(), seriesId, drafts, PostStatus.DRAFT);
    }

    /**
     * One post per portrait of a series the team just scheduled, on the portrait's day, linked to
     * it: in review where the office reviews its posts, scheduled where it does not.
     */
    List<Post> planPortraitSeries(String portraitSeriesId, String officeId, List<Post.Draft> drafts) {
        User user = writer(null);
        if (!user.has(Role.ADMIN) && !user.officeId().equals(officeId)) {
            throw new AccessDeniedException("Posts are written by their office's team");
        }
        List<Post.Problem> problems =
                drafts.stream().flatMap(d -> d.problems().stream()).toList();
        if (!problems.isEmpty()) {
            throw new InvalidPostException(problems);
        }
        PostStatus status = policy(officeId).approvalsNeeded() > 0 ? PostStatus.IN_REVIEW : PostStatus.SCHEDULED;
        String seriesId = PORTRAIT_SERIES + portraitSeriesId + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        return createAll(user, officeId, seriesId, drafts, status);
    }

    /** Calls off the posts planned for a portrait series that are not published yet. */
    void callOffPortraitSeries(String portraitSeriesId) {
        for (PostDocument d : store.seriesStartingWith(PORTRAIT_SERIES + portraitSeriesId + "-")) {
            Post p = toPost(d);
            if (!p.status().locked()) {
                act(p.id(), p.revision(), PostAction.CANCEL, null);
            }
        }
    }

    /** Drafts written in one go, as one series, each then edited on its own. */
    private List<Post> createAll(
            User user, String officeId, String seriesId, List<Post.Draft> drafts, PostStatus status) {
        if (store.series(seriesId).stream().anyMatch(p -> !p.ownerId().equals(user.id()))) {
            throw new AlreadyExistsException("Series " + seriesId);
        }
        List<PostDocument> documents = new ArrayList<>();
        int n = 1;
        for (Post.Draft draft : drafts) {
            documents.add(toDocument(
                    seriesId + "-" + n++,
                    officeId,
                    user.id(),
                    draft,
                    new PostWorkflow.State(status, user.id(), List.of()),
                    null,
                    null,
                    seriesId,
                    1,
                    user.id(),
                    null));
        }
        store.createAll(
                documents,
                documents.stream().map(d -> revision(d, "created", null)).toList());
        List<Post> created = store.series(seriesId).stream().map(Posts::toPost).toList();
        search.putAll(created.stream().map(Posts::entry).toList());
        return created;
    }

    /**
     * Adds a post with a known id as it stands (its status, approvals, link), unless it exists:
     * sample content. Its text is checked as any post's.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean importPost(
            String id,
            String officeId,
            String ownerId,
            Post.Draft draft,
            PostStatus status,
            List<String> approvals,
            @Nullable String publishedUrl,
            @Nullable String seriesId) {
        validate(draft, null);
        PostDocument document = toDocument(
                id,
                officeId,
                ownerId,
                draft,
                new PostWorkflow.State(status, ownerId, approvals),
                null,
                publishedUrl,
                seriesId,
                1,
                ownerId,
                null);
        if (!store.create(document)) {
            return false;
        }
        keep(document, "created", null);
        indexed(toPost(document));
        return true;
    }

    /** New text, over the version read; an approved text changed goes back to review. */
    @Audited(value = "post.updated", subject = "#id", label = "#result.title()")
    public Post update(String id, Revision read, Post.Draft draft) {
        Post current = get(id);
        if (!Objects.equals(current.revision(), read)) {
            if (current.draft().equals(draft) && current.updatedBy().equals(reader().id())) {
                // This very save, applied before its answer was lost: completed, not a conflict.
                return completed(store.post(id).orElseThrow(), "edited");
            }
            throw new StaleEditException(current);
        }
        return edited(current, read, draft, "edited", null);
    }

    /**
     * Brings back the words of an earlier version (title, texts, theme, campaign, translations) as a
     * new version; the day stays as it is now. Under review, it is a change like any other.
     */
    @Audited(value = "post.restored", subject = "#id", label = "#result.title()")
    public Post restore(String id, Revision read, int version) {
        Post current = unchangedSince(id, read);
        PostHistory old = history(id).stream()
                .filter(h -> h.version() == version)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Version " + version + " of post " + id));
        Post.Draft words = new Post.Draft(
                old.title(),
                old.texts(),
                old.theme(),
                old.campaign(),
                current.plannedAt(),
                current.photoIds(),
                current.links(),
                old.translations());
        return edited(current, read, words, "restored", String.valueOf(version));
    }

    private Post edited(Post current, Revision read, Post.Draft draft, String action, @Nullable String note) {
        User user = writer(current);
        if (current.status().locked()) {
            throw new WorkflowRefusedException("calendar.refused.locked");
        }
        validate(draft, current);
        return saved(
                current,
                draft,
                stateAfterEdit(current, draft),
                current.rejectionNote(),
                current.publishedUrl(),
                user,
                read,
                action,
                note);
    }

    /** What was approved is no longer what will be posted once its words change. */
    private PostWorkflow.State stateAfterEdit(Post current, Post.Draft draft) {
        Post.Draft before = current.draft();
        boolean sameWords = before.texts().equals(draft.texts())
                && before.title().equals(draft.title())
                && before.translations().equals(draft.translations());
        return sameWords ? current.state() : PostWorkflow.edited(current.state(), policy(current.officeId()));
    }

    /**
     * A step of the workflow. {@code text} is the rejection's note for {@link PostAction#REJECT}
     * (required) and the link of the publication for {@link PostAction#PUBLISH} (optional).
     */
    @Audited(value = "post", subject = "#id", label = "#result.title()", detail = "#action.name()")
    public Post act(String id, Revision read, PostAction action, @Nullable String text) {
        Post current = unchangedSince(id, read);
        User user = reader();
        boolean reviewer = mayReview(user, current.officeId());
        if (action != PostAction.APPROVE && action != PostAction.REJECT) {
            writer(current);
        }
        ApprovalPolicy policy = policy(current.officeId());
        PostWorkflow.State next =
                PostWorkflow.next(current.state(), action, new PostWorkflow.Actor(user.id(), reviewer), policy);
        String note = current.rejectionNote();
        String url = current.publishedUrl();
        switch (action) {
            case REJECT -> {
                if (text == null || text.isBlank()) {
                    throw new InvalidPostException(List.of(Post.Problem.of("calendar.error.note-required")));
                }
                note = text.strip();
            }
            case SCHEDULE -> {
                requireFutureDate(current.plannedAt());
                requireConsent(current.draft());
            }
            case PUBLISH -> {
                requireConsent(current.draft());
                if (text != null && !text.isBlank() && !isWebAddress(text.strip())) {
                    throw new InvalidPostException(List.of(Post.Problem.of("calendar.error.url-invalid")));
                }
                url = text == null || text.isBlank() ? null : text.strip();
            }
            case SUBMIT -> note = null;
            default -> {}
        }
        Post saved = saved(
                current,
                current.draft(),
                next,
                note,
                url,
                user,
                read,
                action.name().toLowerCase(Locale.ROOT),
                text);
        if ((action == PostAction.APPROVE || action == PostAction.REJECT)
                && !current.ownerId().equals(user.id())) {
            inbox.notify(
                    current.ownerId(),
                    action == PostAction.REJECT
                            ? "calendar.notification.rejected"
                            : saved.status() == PostStatus.APPROVED
                                    ? "calendar.notification.approved"
                                    : "calendar.notification.first-approval",
                    List.of(saved.title(), user.displayName()),
                    "calendrier/publications/" + saved.id());
        }
        return saved;
    }

    /** To another day or time (a drag on the calendar); refused for a published or cancelled post. */
    @Audited(value = "post.moved", subject = "#id", label = "#result.title()")
    public Post move(String id, Revision read, LocalDateTime to) {
        Post current = unchangedSince(id, read);
        User user = writer(current);
        if (current.status().locked()) {
            throw new WorkflowRefusedException("calendar.refused.locked");
        }
        Post.Draft moved = current.draft().at(to);
        if (current.status() == PostStatus.SCHEDULED) {
            requireFutureDate(to);
            requireConsent(moved);
        }
        return saved(
                current,
                moved,
                current.state(),
                current.rejectionNote(),
                current.publishedUrl(),
                user,
                read,
                "moved",
                null);
    }

    /** Posts of these offices (of the user's network) planned between two days, Paris time. */
    public List<Post> between(Collection<String> officeIds, LocalDate from, LocalDate toExcluded) {
        User user = reader();
        Set<String> visible = visibleOffices(user);
        List<String> asked = officeIds.stream().filter(visible::contains).toList();
        if (asked.isEmpty()) {
            return List.of();
        }
        return store
                .between(
                        asked,
                        from.atStartOfDay(PARIS).toInstant(),
                        toExcluded.atStartOfDay(PARIS).toInstant())
                .stream()
                .map(Posts::toPost)
                .toList();
    }

    /**
     * Posts in review that the current user may approve: of the offices they review, written by
     * someone else, not approved by them yet; soonest first.
     */
    public List<Post> awaitingMyReview() {
        User user = reader();
        List<String> offices =
                visibleOffices(user).stream().filter(o -> mayReview(user, o)).toList();
        if (offices.isEmpty()) {
            return List.of();
        }
        return store.atStep(offices, PostStatus.IN_REVIEW.name(), 200).stream()
                .filter(p -> !p.ownerId().equals(user.id()) && !p.approvals().contains(user.id()))
                .map(Posts::toPost)
                .toList();
    }

    /** Posts of these offices (of those the user reads) planned between two days, counted. */
    public PostStatistics statistics(Collection<String> officeIds, LocalDate from, LocalDate toExcluded) {
        Set<String> visible = visibleOffices(reader());
        List<String> asked = officeIds.stream().filter(visible::contains).toList();
        if (asked.isEmpty()) {
            return new PostStatistics(0, 0, List.of(), List.of(), List.of(), List.of());
        }
        return store.statistics(
                asked,
                from.atStartOfDay(PARIS).toInstant(),
                toExcluded.atStartOfDay(PARIS).toInstant());
    }

    /** Other posts of the network on one of these channels at the same moment. */
    public List<Post> sameSlot(Post.Draft draft, @Nullable String exceptId) {
        User user = reader();
        if (draft.plannedAt() == null) {
            return List.of();
        }
        Instant at = draft.plannedAt().atZone(PARIS).toInstant();
        Map<String, Post> found = new LinkedHashMap<>();
        for (Channel channel : draft.texts().keySet()) {
            for (PostDocument d : store.sameSlot(visibleOffices(user), channel.name(), at)) {
                if (!d.id().equals(exceptId)) {
                    found.putIfAbsent(d.id(), toPost(d));
                }
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * The post, if nobody saved it since {@code read}: a step decided on an older version (two
     * reviewers approving at once) is refused with the version stored now, before any rule runs.
     */
    private Post unchangedSince(String id, Revision read) {
        Post current = get(id);
        if (!Objects.equals(current.revision(), read)) {
            throw new StaleEditException(current);
        }
        return current;
    }

    /** Every saved version, latest first: who, when, which step. */
    public List<PostHistory> history(String id) {
        get(id);
        List<PostRevisionDocument> revisions = new ArrayList<>(store.revisions(id));
        // The version now, if its line was lost with the answer of the save that made it (the next
        // save writes it for good).
        store.post(id)
                .filter(now -> revisions.stream().noneMatch(r -> r.version() == now.version()))
                .ifPresent(now -> revisions.add(0, revision(now, "saved", null)));
        return revisions.stream()
                .map(r -> new PostHistory(
                        r.version(),
                        r.authorId(),
                        r.at(),
                        r.action(),
                        r.note(),
                        PostStatus.valueOf(r.status()),
                        r.title(),
                        channels(r.texts()),
                        Objects.requireNonNullElse(r.theme(), ""),
                        Objects.requireNonNullElse(r.campaign(), ""),
                        r.plannedAt(),
                        translations(r.translations())))
                .toList();
    }

    public ApprovalPolicy policy(String officeId) {
        return settings(officeId).policy();
    }

    /** An office's review policy and weekday themes (the defaults until someone sets them). */
    public CalendarSettings settings(String officeId) {
        return store.office(officeId)
                .map(Posts::toSettings)
                .orElse(new CalendarSettings(DEFAULT_POLICY, Map.of(), null));
    }

    /**
     * An office's settings, set by its communication officers or an administrator, over the version
     * read: two people changing them at once, the second is told.
     */
    @Audited(value = "settings.calendar-updated", subject = "#officeId")
    public CalendarSettings saveSettings(String officeId, CalendarSettings settings) {
        User user = currentUser.require();
        if (!mayReview(user, officeId)) {
            throw new AccessDeniedException("The office's communication officers set its calendar");
        }
        return storeSettings(officeId, settings, user.id());
    }

    /** An office's settings, as the sample content sets them, unless it has some already. */
    @PreAuthorize("hasRole('ADMIN')")
    public void importSettings(String officeId, CalendarSettings settings) {
        if (store.office(officeId).isEmpty()) {
            storeSettings(officeId, settings, SystemUser.NAME);
        }
    }

    private CalendarSettings storeSettings(String officeId, CalendarSettings settings, String by) {
        List<String> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new InvalidPostException(
                    problems.stream().map(Post.Problem::of).toList());
        }
        Map<String, OfficeCalendarDocument.WeekdayThemeDocument> weekdays = new LinkedHashMap<>();
        new java.util.TreeMap<>(settings.weekdays())
                .forEach((day, t) -> weekdays.put(
                        day.name(),
                        new OfficeCalendarDocument.WeekdayThemeDocument(
                                t.theme(),
                                t.channels().stream()
                                        .sorted()
                                        .map(Channel::name)
                                        .toList(),
                                t.opening())));
        var document = new OfficeCalendarDocument(
                officeId,
                settings.policy().name(),
                weekdays,
                clock.instant(),
                by,
                Documents.seqNoPrimaryTerm(settings.revision()));
        return toSettings(store.saveOffice(document, () -> settings(officeId)));
    }

    private static CalendarSettings toSettings(OfficeCalendarDocument d) {
        Map<java.time.DayOfWeek, CalendarSettings.WeekdayTheme> weekdays = new EnumMap<>(java.time.DayOfWeek.class);
        if (d.weekdayThemes() != null) {
            d.weekdayThemes()
                    .forEach((day, t) -> weekdays.put(
                            java.time.DayOfWeek.valueOf(day),
                            new CalendarSettings.WeekdayTheme(
                                    t.theme(),
                                    t.channels().stream().map(Channel::valueOf).collect(Collectors.toSet()),
                                    Objects.requireNonNullElse(t.opening(), ""))));
        }
        return new CalendarSettings(
                ApprovalPolicy.valueOf(d.approvalPolicy()), weekdays, Documents.revision(d.seqNoPrimaryTerm()));
    }

    /** Whether the current user reviews this office's posts. */
    public boolean mayReview(String officeId) {
        return mayReview(currentUser.require(), officeId);
    }

    private static boolean mayReview(User user, String officeId) {
        return user.has(Role.ADMIN)
                || (user.has(Role.COMMUNICATION) && user.officeId().equals(officeId));
    }

    private Post saved(
            Post current,
            Post.Draft draft,
            PostWorkflow.State state,
            @Nullable String note,
            @Nullable String url,
            User user,
            Revision read,
            String action,
            @Nullable String actionNote) {
        PostDocument before = store.post(current.id()).orElseThrow(() -> new NotFoundException("Post " + current.id()));
        PostDocument document = toDocument(
                current.id(),
                current.officeId(),
                current.ownerId(),
                draft,
                state,
                note,
                url,
                before.seriesId(),
                before.version() + 1,
                user.id(),
                read);
        // The version read is in the history even if the save that made it lost its answer before
        // its history line was written (a store that stopped): kept as "saved" unless it is there.
        keep(before, "saved", null);
        PostDocument saved = store.save(document, () -> get(current.id()));
        keep(saved, action, actionNote);
        return indexed(toPost(saved));
    }

    private void keep(PostDocument d, String action, @Nullable String note) {
        store.keep(revision(d, action, note));
    }

    private static PostRevisionDocument revision(PostDocument d, String action, @Nullable String note) {
        return new PostRevisionDocument(
                d.id() + ":" + d.version(),
                d.id(),
                d.version(),
                d.updatedBy(),
                d.updatedAt(),
                action,
                note,
                d.status(),
                d.title(),
                d.texts(),
                d.theme(),
                d.campaign(),
                d.plannedAt(),
                d.translations());
    }

    private void validate(Post.Draft draft, @Nullable Post current) {
        List<Post.Problem> problems = new ArrayList<>(draft.problems());
        boolean newDate = current == null || !Objects.equals(current.plannedAt(), draft.plannedAt());
        if (newDate
                && draft.plannedAt() != null
                && current != null
                && current.status() == PostStatus.SCHEDULED
                && draft.plannedAt().atZone(PARIS).toInstant().isBefore(clock.instant())) {
            problems.add(Post.Problem.of("calendar.error.date-past"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPostException(problems);
        }
    }

    /**
     * Why the post's photos may not go out on its channels on its day (empty when they may): the
     * consent rule of the portraits, checked again when it is scheduled, moved or marked published.
     */
    public List<ConsentProblem> consentProblems(Post.Draft draft) {
        if (draft.photoIds().isEmpty()) {
            return List.of();
        }
        Set<PhotoUse> uses = draft.texts().keySet().stream().map(PhotoUse::of).collect(Collectors.toSet());
        LocalDate on =
                draft.plannedAt() == null ? photos.today() : draft.plannedAt().toLocalDate();
        return photos.problemsFor(draft.photoIds(), uses, on);
    }

    private void requireConsent(Post.Draft draft) {
        List<ConsentProblem> problems = consentProblems(draft);
        if (!problems.isEmpty()) {
            throw new MissingConsentException(problems);
        }
    }

    @Override
    public List<PhotoUsage> usagesOf(Collection<String> photoIds) {
        Set<String> visible = visibleOffices(reader());
        return store.byPhotos(photoIds).stream()
                .filter(d -> visible.contains(d.officeId()))
                .flatMap(d -> d.photoIds().stream()
                        .filter(photoIds::contains)
                        .map(photo -> new PhotoUsage(photo, d.title(), "calendrier/publications/" + d.id())))
                .toList();
    }

    private void requireFutureDate(@Nullable LocalDateTime at) {
        if (at == null) {
            throw new InvalidPostException(List.of(Post.Problem.of("calendar.error.date-required")));
        }
        if (at.atZone(PARIS).toInstant().isBefore(clock.instant())) {
            throw new InvalidPostException(List.of(Post.Problem.of("calendar.error.date-past")));
        }
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private User reader() {
        User user = currentUser.require();
        if (!user.isStaff()) {
            throw new AccessDeniedException("The calendar is for the team");
        }
        return user;
    }

    /** A writer of the office's posts (of the post's office when there is a post). */
    private User writer(@Nullable Post post) {
        User user = reader();
        boolean writes = user.has(Role.ADMIN) || user.has(Role.COMMUNICATION) || user.has(Role.PRESS);
        if (!writes
                || (post != null && !user.has(Role.ADMIN) && !user.officeId().equals(post.officeId()))) {
            throw new AccessDeniedException("Posts are written by their office's team");
        }
        return user;
    }

    /** The offices of the user's network (every office for an administrator). */
    private Set<String> visibleOffices(User user) {
        return accounts.readableOffices(user);
    }

    private Post indexed(Post post) {
        search.put(entry(post));
        return post;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Stream<SearchEntry> entries() {
        return store.all().stream().map(Posts::toPost).map(Posts::entry);
    }

    private static SearchEntry entry(Post p) {
        String body = Stream.of(
                        Stream.of(p.theme(), p.campaign()),
                        p.texts().values().stream(),
                        p.translations().values().stream().map(Post.Translation::text))
                .flatMap(x -> x)
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining(" · "));
        return new SearchEntry(
                TYPE,
                p.id(),
                p.title(),
                body,
                p.officeId(),
                p.status().name().toLowerCase(Locale.ROOT),
                p.plannedAt() == null
                        ? p.updatedAt()
                        : p.plannedAt().atZone(PARIS).toInstant(),
                "calendrier/publications/" + p.id(),
                Set.of(Readers.STAFF),
                facets(p));
    }

    /** Channel, theme, campaign, month and languages, to narrow a search to posts. */
    private static Map<String, Set<String>> facets(Post p) {
        Map<String, Set<String>> facets = new LinkedHashMap<>();
        Set<String> languages = new java.util.TreeSet<>(p.translations().keySet());
        languages.add("fr");
        facets.put(SearchResults.LANGUAGE, languages);
        if (!p.texts().isEmpty()) {
            facets.put(
                    SearchResults.CHANNEL,
                    p.texts().keySet().stream().map(Channel::name).collect(Collectors.toSet()));
        }
        if (!p.theme().isBlank()) {
            facets.put(SearchResults.THEME, Set.of(p.theme()));
        }
        if (!p.campaign().isBlank()) {
            facets.put(SearchResults.CAMPAIGN, Set.of(p.campaign()));
        }
        if (p.plannedAt() != null) {
            facets.put(
                    SearchResults.MONTH,
                    Set.of(java.time.YearMonth.from(p.plannedAt()).toString()));
        }
        return facets;
    }

    private PostDocument toDocument(
            String id,
            String officeId,
            String ownerId,
            Post.Draft d,
            PostWorkflow.State state,
            @Nullable String note,
            @Nullable String url,
            @Nullable String seriesId,
            int version,
            String by,
            @Nullable Revision read) {
        Map<String, String> texts = new LinkedHashMap<>();
        new EnumMap<>(d.texts()).forEach((channel, text) -> texts.put(channel.name(), text));
        return new PostDocument(
                id,
                officeId,
                ownerId,
                d.title(),
                texts,
                List.copyOf(texts.keySet()),
                d.theme(),
                d.campaign(),
                Post.hashtagsOf(d.texts().values()),
                d.plannedAt(),
                d.plannedAt() == null ? null : d.plannedAt().atZone(PARIS).toInstant(),
                d.photoIds(),
                d.links().stream()
                        .map(l -> new PostDocument.LinkDocument(l.kind().name(), l.id()))
                        .toList(),
                d.translations().entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey,
                                e -> new PostDocument.TranslationDocument(
                                        e.getValue().text(),
                                        e.getValue().status().name()))),
                state.status().name(),
                state.approvals(),
                note,
                url,
                seriesId,
                version,
                clock.instant(),
                by,
                Documents.seqNoPrimaryTerm(read));
    }

    private static Map<String, Post.Translation> translations(
            @Nullable Map<String, PostDocument.TranslationDocument> stored) {
        Map<String, Post.Translation> translations = new LinkedHashMap<>();
        if (stored != null) {
            stored.forEach((language, t) ->
                    translations.put(language, new Post.Translation(t.text(), TranslationStatus.valueOf(t.status()))));
        }
        return translations;
    }

    private static Map<Channel, String> channels(@Nullable Map<String, String> texts) {
        Map<Channel, String> channels = new EnumMap<>(Channel.class);
        if (texts != null) {
            texts.forEach((channel, text) -> channels.put(Channel.valueOf(channel), text));
        }
        return channels;
    }

    private static Post toPost(PostDocument d) {
        return new Post(
                d.id(),
                d.officeId(),
                d.ownerId(),
                d.title(),
                channels(d.texts()),
                d.theme(),
                d.campaign(),
                d.plannedAt(),
                Objects.requireNonNullElse(d.photoIds(), List.of()),
                Objects.requireNonNullElse(d.links(), List.<PostDocument.LinkDocument>of()).stream()
                        .map(l -> new Post.Link(Post.Link.Kind.valueOf(l.kind()), l.id()))
                        .toList(),
                translations(d.translations()),
                PostStatus.valueOf(d.status()),
                Objects.requireNonNullElse(d.approvals(), List.of()),
                d.rejectionNote(),
                d.publishedUrl(),
                d.seriesId(),
                d.updatedAt(),
                d.updatedBy(),
                Documents.revision(d.seqNoPrimaryTerm()));
    }
}
