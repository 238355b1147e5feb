package io.rayonne.portraits;

import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.User;
import io.rayonne.base.AlreadyExistsException;
import io.rayonne.base.Audited;
import io.rayonne.base.Languages;
import io.rayonne.base.NotFoundException;
import io.rayonne.base.Revision;
import io.rayonne.base.elasticsearch.Documents;
import io.rayonne.inbox.Inbox;
import io.rayonne.media.ConsentProblem;
import io.rayonne.media.PhotoUsage;
import io.rayonne.media.PhotoUsages;
import io.rayonne.media.PhotoUse;
import io.rayonne.media.Photos;
import io.rayonne.portraits.internal.PortraitDocument;
import io.rayonne.portraits.internal.PortraitStore;
import io.rayonne.portraits.internal.RevisionDocument;
import io.rayonne.search.Readers;
import io.rayonne.search.SearchEntry;
import io.rayonne.search.SearchIndex;
import io.rayonne.search.SearchResults;
import io.rayonne.search.SearchSource;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Guides' portraits. A guide sees and writes only their own (another's is "not found", here and not
 * only on screen); the communication team and administrators review them; the press reads them.
 * Every change, by anyone, is a revision that can be restored.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Portraits implements SearchSource, PhotoUsages {

    static final String TYPE = "portrait";

    /** What a portrait is meant for until a reviewer says otherwise: the guides' series goes online. */
    public static final Set<PhotoUse> DEFAULT_USES = Set.of(PhotoUse.SOCIAL_NETWORKS, PhotoUse.WEBSITE);

    private static final Logger log = LoggerFactory.getLogger(Portraits.class);

    private final PortraitStore store;
    private final CurrentUser currentUser;
    private final SearchIndex search;
    private final Photos photos;
    private final Inbox inbox;
    private final Clock clock;

    Portraits(
            PortraitStore store, CurrentUser currentUser, SearchIndex search, Photos photos, Inbox inbox, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.search = search;
        this.photos = photos;
        this.inbox = inbox;
        this.clock = clock;
    }

    // ---- reading

    /** A portrait the current user may see; anything else is "not found", whether it exists or not. */
    public Portrait get(String id) {
        User user = currentUser.require();
        PortraitDocument d = store.find(id).orElseThrow(() -> new NotFoundException("Portrait " + id));
        if (!mayRead(user, d)) {
            throw new NotFoundException("Portrait " + id);
        }
        return toPortrait(d);
    }

    /** The current user's own portraits, newest first. */
    public List<Portrait> mine() {
        return store.byGuide(currentUser.require().id()).stream()
                .map(Portraits::toPortrait)
                .toList();
    }

    /** Every portrait, for the team (communication, press, administrators), most recently changed first. */
    public List<Portrait> all() {
        User user = currentUser.require();
        if (!user.isStaff()) {
            throw new AccessDeniedException("The list of all portraits is for the team");
        }
        return store.all().stream()
                .map(Portraits::toPortrait)
                .sorted(java.util.Comparator.comparing(Portrait::updatedAt).reversed())
                .toList();
    }

    /** The portraits of these offices at each step today, for the team; every step listed, in order. */
    public Map<PortraitStatus, Long> pipeline(Collection<String> officeIds) {
        if (!currentUser.require().isStaff()) {
            throw new AccessDeniedException("The portraits' pipeline is for the team");
        }
        Map<String, Long> counted = officeIds.isEmpty() ? Map.of() : store.countByStatus(officeIds);
        Map<PortraitStatus, Long> pipeline = new java.util.EnumMap<>(PortraitStatus.class);
        for (PortraitStatus status : PortraitStatus.values()) {
            pipeline.put(status, counted.getOrDefault(status.name(), 0L));
        }
        return pipeline;
    }

    /** Whether the current user is of the team that sees every portrait (not only their own). */
    public boolean seesAll() {
        return currentUser.require().isStaff();
    }

    /** Whether the current user reviews portraits (communication, administration). */
    public boolean canReview() {
        return isReviewer(currentUser.require());
    }

    /** Submitted portraits waiting for review, oldest first. */
    public List<Portrait> reviewQueue() {
        requireReviewer(currentUser.require());
        return store.byStatus(PortraitStatus.SUBMITTED.name()).stream()
                .map(Portraits::toPortrait)
                .toList();
    }

    public List<PortraitRevision> revisions(String id) {
        get(id);
        return store.revisions(id).stream().map(Portraits::toRevision).toList();
    }

    // ---- writing

    /**
     * The id a new portrait will have. The editor asks for it at the first try of a save and keeps it
     * until a try is answered, so that a try whose answer was lost is completed by the next one,
     * never doubled (decision 13).
     */
    public String newId() {
        return UUID.randomUUID().toString();
    }

    /** A guide starts their own portrait, as a draft. */
    @Audited(value = "portrait.created", subject = "#result.id()", label = "#result.text().displayName()")
    public Portrait create(PortraitText text) {
        return create(newId(), text);
    }

    /**
     * A guide starts their own portrait under the id of {@link #newId}. If an earlier try of the same
     * save wrote it (its answer lost), that draft is completed (history, search entry) and given
     * this text.
     *
     * @throws AlreadyExistsException the id is someone else's portrait, or no longer a draft of theirs
     */
    @Audited(value = "portrait.created", subject = "#result.id()", label = "#result.text().displayName()")
    public Portrait create(String id, PortraitText text) {
        User user = currentUser.require();
        if (!user.has(Role.GUIDE)) {
            throw new AccessDeniedException("Only guides write their own portrait");
        }
        validate(text.problems());
        requireVisiblePhotos(text.photoIds(), List.of());
        Instant now = clock.instant();
        boolean created = store.create(new PortraitDocument(
                id,
                user.id(),
                user.officeId(),
                text,
                PortraitStatus.DRAFT.name(),
                null,
                null,
                null,
                1,
                now,
                now,
                user.id(),
                null));
        if (!created) {
            return completeEarlierTry(id, user, text);
        }
        record(id, 1, user.id(), now, "created", PortraitStatus.DRAFT, text, null, null);
        return indexed(get(id));
    }

    private Portrait completeEarlierTry(String id, User user, PortraitText text) {
        PortraitDocument earlier = store.find(id).orElseThrow(() -> new NotFoundException("Portrait " + id));
        // Any draft of theirs that only they changed: a try can have been followed by a change
        // (the editor's "send for review" saves first and keeps the id until it is answered).
        if (!earlier.guideId().equals(user.id())
                || !earlier.updatedBy().equals(user.id())
                || !PortraitStatus.DRAFT.name().equals(earlier.status())) {
            throw new AlreadyExistsException("Portrait " + id);
        }
        if (earlier.version() == 1) {
            record(id, 1, user.id(), earlier.createdAt(), "created", PortraitStatus.DRAFT, earlier.text(), null, null);
        }
        Portrait portrait = indexed(toPortrait(earlier));
        return earlier.text().equals(text) ? portrait : change(id, portrait.revision(), text, "edited");
    }

    /**
     * Adds a portrait with a known id unless it exists (sample content): loading twice adds nothing
     * twice. Returns whether it was created.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean importPortrait(
            String id, String guideId, String officeId, PortraitText text, PortraitStatus status, Instant at) {
        validate(text.problems());
        if (!store.create(new PortraitDocument(
                id, guideId, officeId, text, status.name(), null, null, null, 1, at, at, guideId, null))) {
            return false;
        }
        record(id, 1, guideId, at, "imported", status, text, null, null);
        indexed(toPortrait(store.find(id).orElseThrow()));
        return true;
    }

    /**
     * New text over the revision the writer read. The guide may change it while it is a draft or when
     * changes were requested; reviewers at any time before publication, as a revision the guide sees.
     */
    @Audited(value = "portrait.updated", subject = "#id", label = "#result.text().displayName()")
    public Portrait update(String id, Revision read, PortraitText text) {
        return change(id, read, text, "edited");
    }

    /** Brings back the text of an earlier revision, as a new revision. */
    @Audited(value = "portrait.restored", subject = "#id", label = "#result.text().displayName()")
    public Portrait restore(String id, Revision read, int number) {
        PortraitRevision old = revisions(id).stream()
                .filter(r -> r.number() == number)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Revision " + number + " of portrait " + id));
        return change(id, read, old.text(), "restored #" + number);
    }

    /** The guide sends their portrait for review. */
    @Audited(value = "portrait.submitted", subject = "#id", label = "#result.text().displayName()")
    public Portrait submit(String id, Revision read) {
        User user = currentUser.require();
        PortraitDocument d = readable(id, user);
        if (!d.guideId().equals(user.id())) {
            throw new AccessDeniedException("Only the guide submits their portrait");
        }
        validate(d.text().problemsBeforeSubmission());
        return move(d, read, user, PortraitStatus.SUBMITTED, null, null, "submitted");
    }

    /**
     * A reviewer asks the guide for changes: a general note, notes about single fields
     * ({@link Portrait#FIELDS}), or both; at least one of them.
     */
    @Audited(value = "portrait.changes-requested", subject = "#id", label = "#result.text().displayName()")
    public Portrait requestChanges(String id, Revision read, String note, Map<String, String> fieldNotes) {
        User user = currentUser.require();
        requireReviewer(user);
        Map<String, String> notes = new java.util.LinkedHashMap<>();
        fieldNotes.forEach((field, text) -> {
            if (!Portrait.FIELDS.contains(field)) {
                throw new IllegalArgumentException("No field " + field + " to comment on");
            }
            if (!text.isBlank()) {
                notes.put(field, text.strip());
            }
        });
        if (note.isBlank() && notes.isEmpty()) {
            throw new PortraitWorkflowException(List.of("portraits.error.note-required"));
        }
        return move(
                readable(id, user),
                read,
                user,
                PortraitStatus.CHANGES_REQUESTED,
                note.strip(),
                notes,
                "changes requested");
    }

    /** Approves a submitted portrait; refused while a photo lacks a valid consent for its uses today. */
    @Audited(value = "portrait.approved", subject = "#id", label = "#result.text().displayName()")
    public Portrait approve(String id, Revision read) {
        User user = currentUser.require();
        requireReviewer(user);
        PortraitDocument d = readable(id, user);
        photos.requireConsent(d.text().photoIds(), uses(d), photos.today());
        return move(d, read, user, PortraitStatus.APPROVED, null, null, "approved");
    }

    /**
     * Marks an approved or scheduled portrait published; refused while a photo lacks a valid consent
     * for its uses today.
     */
    @Audited(value = "portrait.published", subject = "#id", label = "#result.text().displayName()")
    public Portrait publish(String id, Revision read) {
        User user = currentUser.require();
        requireReviewer(user);
        PortraitDocument d = readable(id, user);
        photos.requireConsent(d.text().photoIds(), uses(d), photos.today());
        return move(d, read, user, PortraitStatus.PUBLISHED, null, null, "published");
    }

    /** Puts an approved portrait on the plan (its series decides the day). */
    @Audited(value = "portrait.scheduled", subject = "#id", label = "#result.text().displayName()")
    public Portrait schedule(String id, Revision read) {
        User user = currentUser.require();
        requireReviewer(user);
        return move(readable(id, user), read, user, PortraitStatus.SCHEDULED, null, null, "scheduled");
    }

    /** Takes a scheduled portrait off the plan: it is approved again. */
    @Audited(value = "portrait.unscheduled", subject = "#id", label = "#result.text().displayName()")
    public Portrait unschedule(String id, Revision read) {
        User user = currentUser.require();
        requireReviewer(user);
        return move(readable(id, user), read, user, PortraitStatus.APPROVED, null, null, "unscheduled");
    }

    /** Takes a portrait out of publication (or of the plan); it can become a draft again later. */
    @Audited(value = "portrait.withdrawn", subject = "#id", label = "#result.text().displayName()")
    public Portrait withdraw(String id, Revision read) {
        User user = currentUser.require();
        requireReviewer(user);
        return move(readable(id, user), read, user, PortraitStatus.WITHDRAWN, null, null, "withdrawn");
    }

    /** What the portrait will be published for; its photos' consents are checked against these. */
    @Audited(value = "portrait.uses-changed", subject = "#id", label = "#result.text().displayName()")
    public Portrait changeUses(String id, Revision read, Set<PhotoUse> uses) {
        User user = currentUser.require();
        requireReviewer(user);
        if (uses.isEmpty()) {
            throw new PortraitWorkflowException(List.of("portraits.error.uses-required"));
        }
        PortraitDocument d = readable(id, user);
        Instant now = clock.instant();
        PortraitDocument saved = store.save(
                d.withUses(
                        uses.stream().map(Enum::name).collect(Collectors.toSet()),
                        now,
                        user.id(),
                        Documents.seqNoPrimaryTerm(read)),
                () -> get(id));
        record(id, saved.version(), user.id(), now, "uses", PortraitStatus.valueOf(d.status()), d.text(), null, null);
        return toPortrait(saved);
    }

    /**
     * Why this portrait's photos may not be published for its uses today: the reviewer sees it before
     * trying to approve.
     */
    public List<ConsentProblem> consentProblems(String id) {
        PortraitDocument d = readable(id, currentUser.require());
        return photos.problemsFor(d.text().photoIds(), uses(d), photos.today());
    }

    private static Set<PhotoUse> uses(PortraitDocument d) {
        if (d.uses() == null || d.uses().isEmpty()) {
            return DEFAULT_USES;
        }
        return d.uses().stream().map(PhotoUse::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    /** Photos newly attached must be ones the writer may see: nobody borrows another's photo by id. */
    private void requireVisiblePhotos(List<String> ids, List<String> before) {
        List<String> added = ids.stream().filter(p -> !before.contains(p)).toList();
        if (photos.getAll(added).size() != added.size()) {
            throw new PortraitWorkflowException(List.of("portraits.error.photo-unknown"));
        }
    }

    private Portrait change(String id, Revision read, PortraitText text, String action) {
        User user = currentUser.require();
        PortraitDocument d = readable(id, user);
        boolean owner = d.guideId().equals(user.id());
        PortraitStatus status = PortraitStatus.valueOf(d.status());
        if (owner && !isReviewer(user)) {
            if (!status.editableByGuide()) {
                throw new PortraitWorkflowException(List.of("portraits.error.not-editable"));
            }
        } else if (!isReviewer(user)) {
            throw new AccessDeniedException("Not allowed to change this portrait");
        } else if (status == PortraitStatus.PUBLISHED) {
            throw new PortraitWorkflowException(List.of("portraits.error.published"));
        }
        validate(text.problems());
        requireVisiblePhotos(text.photoIds(), d.text().photoIds());
        Instant now = clock.instant();
        PortraitDocument saved = store.save(
                d.next(
                        text,
                        d.status(),
                        d.reviewNote(),
                        d.fieldNotes(),
                        now,
                        user.id(),
                        Documents.seqNoPrimaryTerm(read)),
                () -> get(id));
        record(id, saved.version(), user.id(), now, action, status, text, null, null);
        return indexed(toPortrait(saved));
    }

    private Portrait move(
            PortraitDocument d,
            Revision read,
            User user,
            PortraitStatus next,
            @Nullable String note,
            @Nullable Map<String, String> fieldNotes,
            String action) {
        PortraitStatus status = PortraitStatus.valueOf(d.status());
        if (!status.canMoveTo(next)) {
            throw new PortraitWorkflowException(List.of("portraits.error.cannot-move." + next.name()));
        }
        Instant now = clock.instant();
        // A new submission keeps the last request visible to reviewers; any other move replaces it.
        boolean keep = note == null && next == PortraitStatus.SUBMITTED;
        String reviewNote = keep ? d.reviewNote() : note;
        Map<String, String> notes = keep ? d.fieldNotes() : fieldNotes;
        PortraitDocument saved = store.save(
                d.next(d.text(), next.name(), reviewNote, notes, now, user.id(), Documents.seqNoPrimaryTerm(read)),
                () -> get(d.id()));
        record(d.id(), saved.version(), user.id(), now, action, next, d.text(), note, fieldNotes);
        if (!user.id().equals(d.guideId()) && next != PortraitStatus.SUBMITTED && !"unscheduled".equals(action)) {
            // The guide hears of every move a reviewer makes on their portrait.
            inbox.notify(
                    d.guideId(),
                    "inbox.portrait."
                            + next.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    List.of(d.text().displayName(), user.displayName()),
                    "portraits/" + d.id());
        }
        return indexed(toPortrait(saved));
    }

    private void record(
            String id,
            int number,
            String authorId,
            Instant at,
            String action,
            PortraitStatus status,
            PortraitText text,
            @Nullable String note,
            @Nullable Map<String, String> fieldNotes) {
        if (!store.addRevision(new RevisionDocument(
                id + ":" + number, id, number, authorId, at, action, status.name(), text, note, fieldNotes))) {
            log.warn("Revision {} of portrait {} existed already", number, id);
        }
    }

    // ---- rights

    private PortraitDocument readable(String id, User user) {
        PortraitDocument d = store.find(id).orElseThrow(() -> new NotFoundException("Portrait " + id));
        if (!mayRead(user, d)) {
            throw new NotFoundException("Portrait " + id);
        }
        return d;
    }

    /** Staff read every portrait; anyone else only their own, or a published one. */
    private static boolean mayRead(User user, PortraitDocument d) {
        return user.isStaff()
                || d.guideId().equals(user.id())
                || PortraitStatus.PUBLISHED.name().equals(d.status());
    }

    private static boolean isReviewer(User user) {
        return user.has(Role.COMMUNICATION) || user.has(Role.ADMIN);
    }

    private static void requireReviewer(User user) {
        if (!isReviewer(user)) {
            throw new AccessDeniedException("Reviewing portraits is for the communication team");
        }
    }

    private static void validate(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new PortraitWorkflowException(problems);
        }
    }

    // ---- photos

    @Override
    public List<PhotoUsage> usagesOf(Collection<String> photoIds) {
        User user = currentUser.require();
        return store.byPhotos(photoIds).stream()
                .filter(d -> mayRead(user, d))
                .flatMap(d -> d.text().photoIds().stream()
                        .filter(photoIds::contains)
                        .map(photo -> new PhotoUsage(photo, d.text().displayName(), "portraits/" + d.id())))
                .toList();
    }

    // ---- search SPI

    private Portrait indexed(Portrait portrait) {
        search.put(entry(portrait));
        return portrait;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Stream<SearchEntry> entries() {
        return store.all().stream().map(Portraits::toPortrait).map(Portraits::entry);
    }

    static SearchEntry entry(Portrait p) {
        PortraitText t = p.text();
        String body = Stream.of(
                        Stream.of(t.speciality(), t.territory(), t.bio(), t.anecdotes()),
                        t.favourites().stream().map(f -> f.place() + " " + f.text()),
                        t.languages().stream().map(code -> Languages.name(code, java.util.Locale.FRENCH)))
                .flatMap(s -> s)
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining(" · "));
        Set<String> readers = p.status() == PortraitStatus.PUBLISHED
                ? Set.of(Readers.EVERYONE)
                : Set.of(Readers.user(p.guideId()), Readers.STAFF);
        return new SearchEntry(
                TYPE,
                p.id(),
                t.displayName(),
                body,
                p.officeId(),
                p.status().name().toLowerCase(java.util.Locale.ROOT),
                p.updatedAt(),
                "portraits/" + p.id(),
                readers,
                facets(t));
    }

    private static Map<String, Set<String>> facets(PortraitText t) {
        Map<String, Set<String>> facets = new java.util.HashMap<>();
        if (!t.languages().isEmpty()) {
            facets.put(SearchResults.LANGUAGE, t.languages());
        }
        if (!t.territory().isBlank()) {
            facets.put(SearchResults.TERRITORY, Set.of(t.territory()));
        }
        return facets;
    }

    private static Portrait toPortrait(PortraitDocument d) {
        return new Portrait(
                d.id(),
                d.guideId(),
                d.officeId(),
                d.text(),
                PortraitStatus.valueOf(d.status()),
                uses(d),
                d.reviewNote(),
                d.fieldNotes() == null ? Map.of() : d.fieldNotes(),
                d.version(),
                d.createdAt(),
                d.updatedAt(),
                d.updatedBy(),
                Documents.revision(d.seqNoPrimaryTerm()));
    }

    private static PortraitRevision toRevision(RevisionDocument r) {
        return new PortraitRevision(
                r.portraitId(),
                r.number(),
                r.authorId(),
                r.at(),
                r.action(),
                PortraitStatus.valueOf(r.status()),
                r.text(),
                r.note(),
                r.fieldNotes() == null ? Map.of() : r.fieldNotes());
    }
}
