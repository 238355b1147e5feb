package io.rayonne.notes;

import io.rayonne.accounts.CurrentUser;
import io.rayonne.base.AlreadyExistsException;
import io.rayonne.base.Audited;
import io.rayonne.base.NotFoundException;
import io.rayonne.base.Revision;
import io.rayonne.base.elasticsearch.Documents;
import io.rayonne.notes.internal.NoteDocument;
import io.rayonne.notes.internal.NoteStore;
import io.rayonne.search.Readers;
import io.rayonne.search.SearchEntry;
import io.rayonne.search.SearchIndex;
import io.rayonne.search.SearchSource;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The offices' notes. Staff only: a guide has no access to internal documents. */
@Service
@RolesAllowed({"ADMIN", "COMMUNICATION", "PRESS"})
public class Notes implements SearchSource {

    static final String TYPE = "note";

    private final NoteStore store;
    private final SearchIndex search;
    private final CurrentUser currentUser;
    private final Clock clock;

    Notes(NoteStore store, SearchIndex search, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.search = search;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Newest first; of one office, or all when {@code officeId} is null. */
    public List<Note> list(@Nullable String officeId) {
        return store.list(officeId).stream().map(Notes::toNote).toList();
    }

    public Note get(String id) {
        return store.find(id).map(Notes::toNote).orElseThrow(() -> new NotFoundException("Note " + id));
    }

    /**
     * The id a new note will have. The editor asks for it at the first try of a save and keeps it
     * until a try is answered, so that a try whose answer was lost is completed by the next one,
     * never doubled (decision 13).
     */
    public String newId() {
        return UUID.randomUUID().toString();
    }

    @Audited(value = "note.created", subject = "#result.id()", label = "#result.title()")
    public Note create(NoteDraft draft) {
        return create(newId(), draft);
    }

    /**
     * A new note under the id of {@link #newId}. If an earlier try of the same save wrote it (its
     * answer lost), that note is completed (its search entry) and given these words.
     *
     * @throws AlreadyExistsException the id is someone else's note, or a note changed since
     */
    @Audited(value = "note.created", subject = "#result.id()", label = "#result.title()")
    public Note create(String id, NoteDraft draft) {
        String me = currentUser.require().id();
        return insert(id, draft, me, clock.instant()).orElseGet(() -> {
            Note earlier = get(id);
            if (!earlier.authorId().equals(me) || !earlier.updatedAt().equals(earlier.createdAt())) {
                throw new AlreadyExistsException("Note " + id);
            }
            search.put(entry(earlier));
            return sameWords(earlier, draft) ? earlier : update(id, earlier.revision(), draft);
        });
    }

    private static boolean sameWords(Note note, NoteDraft draft) {
        return note.officeId().equals(draft.officeId())
                && note.title().equals(draft.title().strip())
                && note.body().equals(draft.body());
    }

    /**
     * Saves new text over the revision the writer read. If someone saved since, throws
     * {@link io.rayonne.base.StaleEditException} carrying the stored note; nothing is written.
     */
    @Audited(value = "note.updated", subject = "#id", label = "#result.title()")
    public Note update(String id, Revision revision, NoteDraft draft) {
        validate(draft);
        NoteDocument stored = store.find(id).orElseThrow(() -> new NotFoundException("Note " + id));
        Note now = toNote(stored);
        if (!java.util.Objects.equals(now.revision(), revision)
                && sameWords(now, draft)
                && now.updatedBy().equals(currentUser.require().id())) {
            // This very save, applied before its answer was lost: completed, not a conflict.
            search.put(entry(now));
            return now;
        }
        NoteDocument changed = new NoteDocument(
                id,
                draft.officeId(),
                draft.title().strip(),
                draft.body(),
                stored.authorId(),
                stored.createdAt(),
                clock.instant(),
                currentUser.require().id(),
                Documents.seqNoPrimaryTerm(revision));
        Note saved = toNote(store.save(changed, () -> get(id)));
        search.put(entry(saved));
        return saved;
    }

    @Audited(value = "note.deleted", subject = "#id")
    public void delete(String id) {
        store.delete(id);
        search.remove(TYPE, id);
    }

    /**
     * Adds a note with a known id unless it exists (sample content): loading twice adds nothing
     * twice. Returns the note when it was created.
     */
    public java.util.Optional<Note> importNote(String id, NoteDraft draft, String authorId, Instant date) {
        return insert(id, draft, authorId, date);
    }

    private java.util.Optional<Note> insert(String id, NoteDraft draft, String authorId, Instant date) {
        validate(draft);
        NoteDocument document = new NoteDocument(
                id, draft.officeId(), draft.title().strip(), draft.body(), authorId, date, date, authorId, null);
        if (!store.create(document)) {
            return java.util.Optional.empty();
        }
        Note created = get(id);
        search.put(entry(created));
        return java.util.Optional.of(created);
    }

    // ---- search SPI

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Stream<SearchEntry> entries() {
        return list(null).stream().map(Notes::entry);
    }

    static SearchEntry entry(Note note) {
        return new SearchEntry(
                TYPE,
                note.id(),
                note.title(),
                plainText(note.body()),
                note.officeId(),
                null,
                note.updatedAt(),
                "notes/" + note.id(),
                Set.of(Readers.STAFF));
    }

    /** Markdown without its markup, for the index and excerpts. */
    static String plainText(String markdown) {
        return markdown.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                .replaceAll("(?m)^\\s{0,3}(#{1,6}|>|[-*+]|\\d+\\.)\\s+", "")
                .replaceAll("[*_`~]{1,3}", "")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static void validate(NoteDraft draft) {
        List<String> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new InvalidNoteException(problems);
        }
    }

    private static Note toNote(NoteDocument d) {
        return new Note(
                d.id(),
                d.officeId(),
                d.title(),
                d.body(),
                d.authorId(),
                d.createdAt(),
                d.updatedAt(),
                d.updatedBy(),
                Documents.revision(d.seqNoPrimaryTerm()));
    }
}
