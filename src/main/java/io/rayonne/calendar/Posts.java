package io.rayonne.calendar;

import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Office;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.SystemUser;
import io.rayonne.accounts.User;
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
public class Posts implements SearchSource {

    static final String TYPE = "post";
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Until an office chooses, a colleague approves each post. */
    public static final ApprovalPolicy DEFAULT_POLICY = ApprovalPolicy.REQUIRED;

    private final PostStore store;
    private final CurrentUser currentUser;
    private final Accounts accounts;
    private final Inbox inbox;
    private final SearchIndex search;
    private final Clock clock;

    Posts(PostStore store, CurrentUser currentUser, Accounts accounts, Inbox inbox, SearchIndex search, Clock clock) {
        this.store = store;
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

    /** A new post of the user's office, as a draft. */
    public Post create(Post.Draft draft) {
        User user = writer(null);
        validate(draft, null);
        String id = Slugs.of(draft.title()) + "-" + UUID.randomUUID().toString().substring(0, 8);
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
        store.create(document);
        keep(document, "created", null);
        return indexed(get(id));
    }

    /**
     * One draft per occurrence of the recurrence, each then edited on its own, written in one go.
     * Refused whole when the text, the recurrence or a date in the past is wrong.
     */
    public List<Post> createSeries(Post.Draft template, Recurrence recurrence) {
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
        String seriesId =
                Slugs.of(template.title()) + "-" + UUID.randomUUID().toString().substring(0, 8);
        List<PostDocument> documents = new ArrayList<>();
        int n = 1;
        for (LocalDateTime at : recurrence.occurrences()) {
            Post.Draft occurrence = new Post.Draft(
                    template.title(),
                    template.texts(),
                    template.theme(),
                    template.campaign(),
                    at,
                    template.photoIds(),
                    template.links());
            documents.add(toDocument(
                    seriesId + "-" + n++,
                    user.officeId(),
                    user.id(),
                    occurrence,
                    new PostWorkflow.State(PostStatus.DRAFT, user.id(), List.of()),
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
    public Post update(String id, Revision read, Post.Draft draft) {
        Post current = unchangedSince(id, read);
        User user = writer(current);
        if (current.status().locked()) {
            throw new WorkflowRefusedException("calendar.refused.locked");
        }
        validate(draft, current);
        PostWorkflow.State state =
                current.draft().texts().equals(draft.texts()) && current.title().equals(draft.title())
                        ? current.state()
                        : PostWorkflow.edited(current.state(), policy(current.officeId()));
        return saved(
                current, draft, state, current.rejectionNote(), current.publishedUrl(), user, read, "edited", null);
    }

    /**
     * A step of the workflow. {@code text} is the rejection's note for {@link PostAction#REJECT}
     * (required) and the link of the publication for {@link PostAction#PUBLISH} (optional).
     */
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
            case SCHEDULE -> requireFutureDate(current.plannedAt());
            case PUBLISH -> {
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
    public Post move(String id, Revision read, LocalDateTime to) {
        Post current = unchangedSince(id, read);
        User user = writer(current);
        if (current.status().locked()) {
            throw new WorkflowRefusedException("calendar.refused.locked");
        }
        if (current.status() == PostStatus.SCHEDULED) {
            requireFutureDate(to);
        }
        Post.Draft moved = new Post.Draft(
                current.title(),
                current.texts(),
                current.theme(),
                current.campaign(),
                to,
                current.photoIds(),
                current.links());
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
        return store.revisions(id).stream()
                .map(r -> new PostHistory(
                        r.version(),
                        r.authorId(),
                        r.at(),
                        r.action(),
                        r.note(),
                        PostStatus.valueOf(r.status()),
                        r.title(),
                        channels(r.texts())))
                .toList();
    }

    public ApprovalPolicy policy(String officeId) {
        return store.office(officeId)
                .map(o -> ApprovalPolicy.valueOf(o.approvalPolicy()))
                .orElse(DEFAULT_POLICY);
    }

    /** An office's review policy, set by its communication officers or an administrator. */
    public void setPolicy(String officeId, ApprovalPolicy policy) {
        User user = currentUser.require();
        if (!user.has(Role.ADMIN)
                && !(user.has(Role.COMMUNICATION) && user.officeId().equals(officeId))) {
            throw new AccessDeniedException("The office's communication officers set its review policy");
        }
        store.saveOffice(new OfficeCalendarDocument(officeId, policy.name(), clock.instant(), user.id()));
    }

    /** An office's review policy, as the sample content sets it. */
    @PreAuthorize("hasRole('ADMIN')")
    public void importPolicy(String officeId, ApprovalPolicy policy) {
        store.saveOffice(new OfficeCalendarDocument(officeId, policy.name(), clock.instant(), SystemUser.NAME));
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
                d.plannedAt());
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
        List<Office> offices = accounts.offices();
        if (user.has(Role.ADMIN)) {
            return offices.stream().map(Office::id).collect(Collectors.toSet());
        }
        String network = offices.stream()
                .filter(o -> o.id().equals(user.officeId()))
                .map(Office::networkId)
                .findFirst()
                .orElse("");
        return offices.stream()
                .filter(o -> o.networkId().equals(network))
                .map(Office::id)
                .collect(Collectors.toSet());
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
        String body = Stream.concat(Stream.of(p.theme(), p.campaign()), p.texts().values().stream())
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

    /** Channel, theme, campaign and month, to narrow a search to posts. */
    private static Map<String, Set<String>> facets(Post p) {
        Map<String, Set<String>> facets = new LinkedHashMap<>();
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
