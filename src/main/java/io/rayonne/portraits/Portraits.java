package io.rayonne.portraits;

import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.User;
import io.rayonne.base.NotFoundException;
import io.rayonne.base.Revision;
import io.rayonne.base.elasticsearch.Documents;
import io.rayonne.portraits.internal.PortraitDocument;
import io.rayonne.portraits.internal.PortraitStore;
import io.rayonne.portraits.internal.RevisionDocument;
import io.rayonne.search.Readers;
import io.rayonne.search.SearchEntry;
import io.rayonne.search.SearchIndex;
import io.rayonne.search.SearchSource;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
public class Portraits implements SearchSource {

    static final String TYPE = "portrait";
    private static final Logger log = LoggerFactory.getLogger(Portraits.class);

    private final PortraitStore store;
    private final CurrentUser currentUser;
    private final SearchIndex search;
    private final Clock clock;

    Portraits(PortraitStore store, CurrentUser currentUser, SearchIndex search, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.search = search;
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

    /** A guide starts their own portrait, as a draft. */
    public Portrait create(PortraitText text) {
        User user = currentUser.require();
        if (!user.has(Role.GUIDE)) {
            throw new AccessDeniedException("Only guides write their own portrait");
        }
        validate(text.problems());
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        store.create(new PortraitDocument(
                id, user.id(), user.officeId(), text, PortraitStatus.DRAFT.name(), null, 1, now, now, user.id(), null));
        record(id, 1, user.id(), now, "created", PortraitStatus.DRAFT, text, null);
        return indexed(get(id));
    }

    /**
     * Adds a portrait with a known id unless it exists (sample content): loading twice adds nothing
     * twice. Returns whether it was created.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean importPortrait(
            String id, String guideId, String officeId, PortraitText text, PortraitStatus status, Instant at) {
        validate(text.problems());
        if (!store.create(
                new PortraitDocument(id, guideId, officeId, text, status.name(), null, 1, at, at, guideId, null))) {
            return false;
        }
        record(id, 1, guideId, at, "imported", status, text, null);
        indexed(toPortrait(store.find(id).orElseThrow()));
        return true;
    }

    /**
     * New text over the revision the writer read. The guide may change it while it is a draft or when
     * changes were requested; reviewers at any time before publication, as a revision the guide sees.
     */
    public Portrait update(String id, Revision read, PortraitText text) {
        return change(id, read, text, "edited");
    }

    /** Brings back the text of an earlier revision, as a new revision. */
    public Portrait restore(String id, Revision read, int number) {
        PortraitRevision old = revisions(id).stream()
                .filter(r -> r.number() == number)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Revision " + number + " of portrait " + id));
        return change(id, read, old.text(), "restored #" + number);
    }

    /** The guide sends their portrait for review. */
    public Portrait submit(String id, Revision read) {
        User user = currentUser.require();
        PortraitDocument d = readable(id, user);
        if (!d.guideId().equals(user.id())) {
            throw new AccessDeniedException("Only the guide submits their portrait");
        }
        validate(d.text().problemsBeforeSubmission());
        return move(d, read, user, PortraitStatus.SUBMITTED, null, "submitted");
    }

    /** A reviewer asks the guide for changes; the note says which. */
    public Portrait requestChanges(String id, Revision read, String note) {
        User user = currentUser.require();
        requireReviewer(user);
        if (note.isBlank()) {
            throw new PortraitWorkflowException(List.of("portraits.error.note-required"));
        }
        return move(
                readable(id, user), read, user, PortraitStatus.CHANGES_REQUESTED, note.strip(), "changes requested");
    }

    public Portrait approve(String id, Revision read) {
        User user = currentUser.require();
        requireReviewer(user);
        return move(readable(id, user), read, user, PortraitStatus.APPROVED, null, "approved");
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
        Instant now = clock.instant();
        PortraitDocument saved = store.save(
                d.next(text, d.status(), d.reviewNote(), now, user.id(), Documents.seqNoPrimaryTerm(read)),
                () -> get(id));
        record(id, saved.version(), user.id(), now, action, status, text, null);
        return indexed(toPortrait(saved));
    }

    private Portrait move(
            PortraitDocument d, Revision read, User user, PortraitStatus next, @Nullable String note, String action) {
        PortraitStatus status = PortraitStatus.valueOf(d.status());
        if (!status.canMoveTo(next)) {
            throw new PortraitWorkflowException(List.of("portraits.error.cannot-move." + next.name()));
        }
        Instant now = clock.instant();
        // A new submission keeps the last request visible to reviewers; any other move replaces it.
        String reviewNote = note != null ? note : next == PortraitStatus.SUBMITTED ? d.reviewNote() : null;
        PortraitDocument saved = store.save(
                d.next(d.text(), next.name(), reviewNote, now, user.id(), Documents.seqNoPrimaryTerm(read)),
                () -> get(d.id()));
        record(d.id(), saved.version(), user.id(), now, action, next, d.text(), note);
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
            @Nullable String note) {
        if (!store.addRevision(
                new RevisionDocument(id + ":" + number, id, number, authorId, at, action, status.name(), text, note))) {
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
                readers);
    }

    private static Portrait toPortrait(PortraitDocument d) {
        return new Portrait(
                d.id(),
                d.guideId(),
                d.officeId(),
                d.text(),
                PortraitStatus.valueOf(d.status()),
                d.reviewNote(),
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
                r.note());
    }
}
