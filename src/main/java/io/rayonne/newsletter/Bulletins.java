package io.rayonne.newsletter;

import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Office;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.User;
import io.rayonne.base.AlreadyExistsException;
import io.rayonne.base.Audited;
import io.rayonne.base.Markdown;
import io.rayonne.base.NotFoundException;
import io.rayonne.base.Slugs;
import io.rayonne.base.elasticsearch.Documents;
import io.rayonne.media.ConsentProblem;
import io.rayonne.media.Photo;
import io.rayonne.media.PhotoUse;
import io.rayonne.media.Photos;
import io.rayonne.newsletter.internal.BulletinDocument;
import io.rayonne.newsletter.internal.BulletinStore;
import io.rayonne.search.Readers;
import io.rayonne.search.SearchEntry;
import io.rayonne.search.SearchIndex;
import io.rayonne.search.SearchResults;
import io.rayonne.search.SearchSource;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Issues of bulletins: created from a template, written by their office's communication team
 * (read across its network), their pulled blocks following their sources until sending begins.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Bulletins implements SearchSource {

    static final String TYPE = "bulletin";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Set<String> LANGUAGES = Set.of("fr", "en", "de", "nl");

    private final BulletinStore store;
    private final Excerpts excerpts;
    private final Photos photos;
    private final Accounts accounts;
    private final CurrentUser currentUser;
    private final SearchIndex search;
    private final Clock clock;

    Bulletins(
            BulletinStore store,
            Excerpts excerpts,
            Photos photos,
            Accounts accounts,
            CurrentUser currentUser,
            SearchIndex search,
            Clock clock) {
        this.store = store;
        this.excerpts = excerpts;
        this.photos = photos;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.search = search;
        this.clock = clock;
    }

    /**
     * A new issue of the office's bulletin {@code name}: the template's sections, and for a
     * network's "Zoom sur" one more section per office of the network.
     */
    /**
     * The id a new issue will have. The dialog asks for it at the first try and keeps it until a try
     * is answered, so that a try whose answer was lost is completed by the next one, never doubled
     * (decision 13).
     */
    public String newId(Bulletin.Draft draft) {
        return Slugs.unique(draft.name() + " " + draft.title());
    }

    @Audited(value = "bulletin.created", subject = "#result.id()", label = "#result.title()")
    public Bulletin create(String officeId, BulletinTemplate template, Bulletin.Draft draft) {
        return create(newId(draft), officeId, template, draft);
    }

    /**
     * A new issue under the id of {@link #newId}. If an earlier try of the same creation wrote it
     * (its answer lost), that issue is completed (its search entry) and given this name, title, date
     * and language (its sections stay those of the template first chosen).
     *
     * @throws AlreadyExistsException the id is an issue someone else created, or one changed since
     */
    @Audited(value = "bulletin.created", subject = "#result.id()", label = "#result.title()")
    public Bulletin create(String id, String officeId, BulletinTemplate template, Bulletin.Draft draft) {
        User user = writer(officeId);
        Optional<Bulletin> stored = store.bulletin(id).map(Bulletins::toBulletin);
        if (stored.isPresent()) {
            Bulletin earlier = stored.get();
            if (!earlier.createdBy().equals(user.id())
                    || !earlier.updatedBy().equals(user.id())
                    || !earlier.officeId().equals(officeId)
                    || earlier.frozen()) {
                throw new AlreadyExistsException("Bulletin " + id);
            }
            indexed(earlier);
            return update(
                    id,
                    earlier.revision(),
                    new Bulletin.Draft(
                            draft.name(), draft.title(), draft.date(), draft.language(), earlier.sections()));
        }
        List<Section> sections = new ArrayList<>();
        for (String title : template.sectionTitles(draft.language())) {
            sections.add(new Section(newId(), title, List.of()));
        }
        String networkId = null;
        if (template == BulletinTemplate.ZOOM) {
            Office office = accounts.office(officeId).orElseThrow(() -> new NotFoundException("Office " + officeId));
            networkId = office.networkId();
            for (Office o : accounts.networkOf(officeId)) {
                sections.add(new Section(newId(), o.name(), List.of()));
            }
        }
        Bulletin.Draft withSections =
                new Bulletin.Draft(draft.name(), draft.title(), draft.date(), draft.language(), sections);
        validate(withSections);
        Instant now = clock.instant();
        boolean created = store.create(toDocument(new Bulletin(
                id,
                officeId,
                networkId,
                withSections.name(),
                withSections.title(),
                withSections.date(),
                withSections.language(),
                template,
                sections,
                BulletinState.DRAFT,
                null,
                user.id(),
                now,
                user.id(),
                null)));
        if (!created) {
            // Written between the look above and this try: by whom is unknown, so nothing is taken over.
            throw new AlreadyExistsException("Bulletin " + id);
        }
        return indexed(get(id));
    }

    /** Adds an issue with a known id unless it exists (sample content); as it is, state included. */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean importBulletin(Bulletin bulletin) {
        validate(bulletin.draft());
        BulletinDocument d = toDocument(bulletin);
        boolean created = store.create(new BulletinDocument(
                d.id(),
                d.officeId(),
                d.networkId(),
                d.name(),
                d.title(),
                d.date(),
                d.language(),
                d.template(),
                d.sections(),
                d.state(),
                d.sentAt(),
                d.createdBy(),
                d.updatedAt(),
                d.updatedBy(),
                null));
        if (created) {
            indexed(get(bulletin.id()));
        }
        return created;
    }

    public Bulletin get(String id) {
        Bulletin b = store.bulletin(id)
                .map(Bulletins::toBulletin)
                .orElseThrow(() -> new NotFoundException("Bulletin " + id));
        if (!readable(reader()).contains(b.officeId())) {
            throw new NotFoundException("Bulletin " + id);
        }
        return b;
    }

    /** The issues one may read, newest first. */
    public List<Bulletin> all() {
        User user = reader();
        Set<String> offices = readable(user);
        Set<String> networks = offices.stream()
                .map(accounts::office)
                .flatMap(java.util.Optional::stream)
                .map(Office::networkId)
                .collect(Collectors.toSet());
        return store.bulletins(offices, networks, 500).stream()
                .map(Bulletins::toBulletin)
                .filter(b -> offices.contains(b.officeId()))
                .toList();
    }

    public boolean mayWrite(Bulletin bulletin) {
        User user = currentUser.get().orElse(null);
        return user != null && mayWrite(user, bulletin.officeId()) && !bulletin.frozen();
    }

    /** Saves the draft over the version read; a frozen issue (being sent, sent) is not changed. */
    @Audited(value = "bulletin.updated", subject = "#id", label = "#result.title()")
    public Bulletin update(String id, io.rayonne.base.@Nullable Revision read, Bulletin.Draft draft) {
        Bulletin current = get(id);
        User user = writer(current.officeId());
        if (current.frozen()) {
            throw new InvalidBulletinException(List.of(Bulletin.Problem.of("newsletter.error.frozen")));
        }
        validate(draft);
        Bulletin next = new Bulletin(
                id,
                current.officeId(),
                current.networkId(),
                draft.name(),
                draft.title(),
                draft.date(),
                draft.language(),
                current.template(),
                draft.sections(),
                BulletinState.DRAFT,
                null,
                current.createdBy(),
                clock.instant(),
                user.id(),
                read);
        BulletinDocument saved = store.save(toDocument(next), () -> get(id));
        return indexed(toBulletin(saved));
    }

    @Audited(value = "bulletin.deleted", subject = "#id")
    public void delete(String id) {
        Bulletin current = get(id);
        writer(current.officeId());
        if (current.frozen()) {
            throw new InvalidBulletinException(List.of(Bulletin.Problem.of("newsletter.error.delete-sent")));
        }
        store.delete(id);
        search.remove(TYPE, id);
    }

    /**
     * The issue with its pulled blocks read again from their sources (a draft only: a frozen issue
     * shows what was sent). Nothing is saved.
     */
    public Bulletin withCurrentExcerpts(Bulletin bulletin) {
        if (bulletin.frozen()) {
            return bulletin;
        }
        List<Section> sections = new ArrayList<>();
        for (Section s : bulletin.sections()) {
            List<Block> blocks = new ArrayList<>();
            for (Block b : s.blocks()) {
                blocks.add(b instanceof Block.Pulled p ? pulled(p, bulletin.language()) : b);
            }
            sections.add(new Section(s.id(), s.title(), blocks));
        }
        return new Bulletin(
                bulletin.id(),
                bulletin.officeId(),
                bulletin.networkId(),
                bulletin.name(),
                bulletin.title(),
                bulletin.date(),
                bulletin.language(),
                bulletin.template(),
                sections,
                bulletin.state(),
                bulletin.sentAt(),
                bulletin.createdBy(),
                bulletin.updatedAt(),
                bulletin.updatedBy(),
                bulletin.revision());
    }

    /** A block pulling this source, its excerpt read now. */
    public Block.Pulled pull(Block.Source source, String sourceId, String language) {
        return pulled(new Block.Pulled(newId(), source, sourceId, null), language);
    }

    private Block.Pulled pulled(Block.Pulled p, String language) {
        return p.withExcerpt(excerpts.read(p.source(), p.sourceId(), language, p.excerpt()));
    }

    /**
     * What stops the issue from being sent: no content, a pulled block whose source is gone, a photo
     * whose consent does not cover newsletters on the day.
     */
    public List<Bulletin.Problem> problemsBeforeSending(Bulletin bulletin) {
        List<Bulletin.Problem> problems = new ArrayList<>();
        if (bulletin.blocks().isEmpty()) {
            problems.add(Bulletin.Problem.of("newsletter.error.empty"));
        }
        for (Block b : bulletin.blocks()) {
            if (b instanceof Block.Pulled p
                    && (p.excerpt() == null || p.excerpt().deleted())) {
                problems.add(Bulletin.Problem.of(
                        "newsletter.error.source-deleted",
                        p.excerpt() == null ? p.sourceId() : p.excerpt().title()));
            }
        }
        List<String> photoIds = photoIds(bulletin);
        for (ConsentProblem c :
                photos.problemsFor(photoIds, Set.of(PhotoUse.NEWSLETTER), LocalDate.now(clock.withZone(PARIS)))) {
            problems.add(Bulletin.Problem.of("newsletter.error.photo-consent", c.fileName()));
        }
        return problems;
    }

    /** The photos the issue shows: its images, and those of its pulled blocks. */
    public static List<String> photoIds(Bulletin bulletin) {
        Set<String> ids = new LinkedHashSet<>();
        for (Block b : bulletin.blocks()) {
            if (b instanceof Block.Image i) {
                ids.add(i.photoId());
            } else if (b instanceof Block.Pulled p
                    && p.excerpt() != null
                    && p.excerpt().photoId() != null) {
                ids.add(p.excerpt().photoId());
            }
        }
        return List.copyOf(ids);
    }

    /** Every word the issue says: its title, its sections' titles and its blocks' texts. */
    static String words(Bulletin bulletin) {
        StringBuilder words = new StringBuilder(bulletin.title());
        for (Section section : bulletin.sections()) {
            words.append('\n').append(section.title());
            for (Block block : section.blocks()) {
                if (block instanceof Block.Text t) {
                    words.append('\n').append(t.markdown());
                } else if (block instanceof Block.KeyFigure f) {
                    words.append('\n').append(f.caption());
                } else if (block instanceof Block.Image i) {
                    words.append('\n').append(i.caption());
                } else if (block instanceof Block.Pulled p && p.excerpt() != null) {
                    words.append('\n')
                            .append(p.excerpt().title())
                            .append('\n')
                            .append(p.excerpt().text());
                }
            }
        }
        return words.toString();
    }

    /** The credit and caption of the photos, for rendering. */
    public Map<String, BulletinRenderer.PhotoText> photoTexts(Bulletin bulletin) {
        Map<String, BulletinRenderer.PhotoText> texts = new HashMap<>();
        for (Photo p : photos.getAll(photoIds(bulletin))) {
            texts.put(p.id(), new BulletinRenderer.PhotoText(p.credit(), p.caption()));
        }
        return texts;
    }

    public String officeName(String officeId) {
        return accounts.office(officeId).map(Office::name).orElse(officeId);
    }

    // ---- search

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Stream<SearchEntry> entries() {
        Set<String> offices = accounts.offices().stream().map(Office::id).collect(Collectors.toSet());
        Set<String> networks = accounts.networks().stream()
                .map(io.rayonne.accounts.Network::id)
                .collect(Collectors.toSet());
        return store.bulletins(offices, networks, 10_000).stream()
                .map(Bulletins::toBulletin)
                .map(Bulletins::entry);
    }

    private Bulletin indexed(Bulletin b) {
        search.put(entry(b));
        return b;
    }

    static SearchEntry entry(Bulletin b) {
        String body = b.sections().stream()
                .flatMap(s ->
                        Stream.concat(Stream.of(s.title()), s.blocks().stream().map(Bulletins::words)))
                .filter(t -> !t.isBlank())
                .collect(Collectors.joining(" · "));
        Map<String, Set<String>> facets = new HashMap<>();
        facets.put(SearchResults.LANGUAGE, Set.of(b.language()));
        facets.put(SearchResults.MONTH, Set.of(b.date().toString().substring(0, 7)));
        return new SearchEntry(
                TYPE,
                b.id(),
                b.name() + " · " + b.title(),
                body,
                b.officeId(),
                b.state().name().toLowerCase(Locale.ROOT),
                b.date().atStartOfDay(PARIS).toInstant(),
                "numeros/" + b.id(),
                Set.of(Readers.role(Role.COMMUNICATION), Readers.role(Role.ADMIN)),
                facets);
    }

    private static String words(Block b) {
        if (b instanceof Block.Text t) {
            return Markdown.toPlainText(t.markdown());
        }
        if (b instanceof Block.KeyFigure f) {
            return f.number() + " " + f.caption();
        }
        if (b instanceof Block.Image i) {
            return i.caption();
        }
        Block.Pulled p = (Block.Pulled) b;
        return p.excerpt() == null ? "" : p.excerpt().title();
    }

    // ---- rules

    /** The offices whose bulletins the current user reads. */
    Set<String> readableOffices() {
        return readable(reader());
    }

    /**
     * Of these offices, those whose sent bulletins the current user may count: the whole team, as
     * the observatoire shows them (sent issues are public in their archive; their figures are the
     * office's), while writing and reading drafts stay with the communication team.
     */
    Set<String> countableAmong(Collection<String> officeIds) {
        User user = currentUser.require();
        if (!user.isStaff()) {
            throw new AccessDeniedException("Bulletin figures are for the team");
        }
        Set<String> readable = readable(user);
        readable.retainAll(officeIds);
        return readable;
    }

    private User reader() {
        User user = currentUser.require();
        if (!user.has(Role.ADMIN) && !user.has(Role.COMMUNICATION)) {
            throw new AccessDeniedException("Bulletins are for the communication team");
        }
        return user;
    }

    private User writer(String officeId) {
        User user = reader();
        if (!mayWrite(user, officeId)) {
            throw new AccessDeniedException("Bulletins are written by their office's team");
        }
        return user;
    }

    private static boolean mayWrite(User user, String officeId) {
        return user.has(Role.ADMIN)
                || (user.has(Role.COMMUNICATION) && user.officeId().equals(officeId));
    }

    private Set<String> readable(User user) {
        return new HashSet<>(accounts.readableOffices(user));
    }

    static void validate(Bulletin.Draft d) {
        List<Bulletin.Problem> problems = problems(d);
        if (!problems.isEmpty()) {
            throw new InvalidBulletinException(problems);
        }
    }

    static List<Bulletin.Problem> problems(Bulletin.Draft d) {
        List<Bulletin.Problem> problems = new ArrayList<>();
        if (d.name().isEmpty()) {
            problems.add(Bulletin.Problem.of("newsletter.error.name-required"));
        } else if (d.name().length() > Bulletin.NAME_MAX) {
            problems.add(Bulletin.Problem.of("newsletter.error.name-too-long", String.valueOf(Bulletin.NAME_MAX)));
        }
        if (d.title().isEmpty()) {
            problems.add(Bulletin.Problem.of("newsletter.error.title-required"));
        } else if (d.title().length() > Bulletin.TITLE_MAX) {
            problems.add(Bulletin.Problem.of("newsletter.error.title-too-long", String.valueOf(Bulletin.TITLE_MAX)));
        }
        if (!LANGUAGES.contains(d.language())) {
            problems.add(Bulletin.Problem.of("newsletter.error.language", d.language()));
        }
        if (d.sections().size() > Bulletin.SECTIONS_MAX) {
            problems.add(
                    Bulletin.Problem.of("newsletter.error.sections-too-many", String.valueOf(Bulletin.SECTIONS_MAX)));
        }
        for (Section s : d.sections()) {
            if (s.blocks().size() > Bulletin.BLOCKS_MAX) {
                problems.add(Bulletin.Problem.of(
                        "newsletter.error.blocks-too-many", s.title(), String.valueOf(Bulletin.BLOCKS_MAX)));
            }
            for (Block b : s.blocks()) {
                if (b instanceof Block.Text t && Markdown.hasActiveMarkup(t.markdown())) {
                    problems.add(Bulletin.Problem.of("newsletter.error.active-markup", s.title()));
                }
                if (b instanceof Block.KeyFigure f
                        && (f.number().isBlank() || f.caption().isBlank())) {
                    problems.add(Bulletin.Problem.of("newsletter.error.figure-incomplete", s.title()));
                }
            }
        }
        return problems;
    }

    static String newId() {
        return UUID.randomUUID().toString().substring(0, 12);
    }

    // ---- documents

    static BulletinDocument toDocument(Bulletin b) {
        return new BulletinDocument(
                b.id(),
                b.officeId(),
                b.networkId(),
                b.name(),
                b.title(),
                b.date(),
                b.language(),
                b.template().name(),
                b.sections().stream()
                        .map(s -> new BulletinDocument.SectionDocument(
                                s.id(),
                                s.title(),
                                s.blocks().stream().map(Bulletins::toDocument).toList()))
                        .toList(),
                b.state().name(),
                b.sentAt(),
                b.createdBy(),
                b.updatedAt(),
                b.updatedBy(),
                Documents.seqNoPrimaryTerm(b.revision()));
    }

    private static BulletinDocument.BlockDocument toDocument(Block b) {
        if (b instanceof Block.Text t) {
            return new BulletinDocument.BlockDocument(t.id(), "TEXT", t.markdown(), null, null, null, null, null, null);
        }
        if (b instanceof Block.KeyFigure f) {
            return new BulletinDocument.BlockDocument(
                    f.id(), "FIGURE", null, f.number(), f.caption(), null, null, null, null);
        }
        if (b instanceof Block.Image i) {
            return new BulletinDocument.BlockDocument(
                    i.id(), "IMAGE", null, null, i.caption(), i.photoId(), null, null, null);
        }
        Block.Pulled p = (Block.Pulled) b;
        Block.Excerpt e = p.excerpt();
        return new BulletinDocument.BlockDocument(
                p.id(),
                "PULLED",
                null,
                null,
                null,
                null,
                p.source().name(),
                p.sourceId(),
                e == null
                        ? null
                        : new BulletinDocument.ExcerptDocument(
                                e.title(), e.text(), e.path(), e.photoId(), e.credit(), e.partnerIds(), e.deleted()));
    }

    static Bulletin toBulletin(BulletinDocument d) {
        return new Bulletin(
                d.id(),
                d.officeId(),
                d.networkId(),
                d.name(),
                d.title(),
                d.date(),
                d.language(),
                BulletinTemplate.valueOf(d.template()),
                d.sections() == null
                        ? List.of()
                        : d.sections().stream()
                                .map(s -> new Section(
                                        s.id(),
                                        s.title(),
                                        s.blocks() == null
                                                ? List.of()
                                                : s.blocks().stream()
                                                        .map(Bulletins::toBlock)
                                                        .toList()))
                                .toList(),
                BulletinState.valueOf(d.state()),
                d.sentAt(),
                d.createdBy(),
                d.updatedAt(),
                d.updatedBy(),
                Documents.revision(d.seqNoPrimaryTerm()));
    }

    private static Block toBlock(BulletinDocument.BlockDocument d) {
        return switch (d.kind()) {
            case "TEXT" -> new Block.Text(d.id(), nonNull(d.markdown()));
            case "FIGURE" -> new Block.KeyFigure(d.id(), nonNull(d.number()), nonNull(d.caption()));
            case "IMAGE" -> new Block.Image(d.id(), nonNull(d.photoId()), nonNull(d.caption()));
            default -> {
                var e = d.excerpt();
                yield new Block.Pulled(
                        d.id(),
                        Block.Source.valueOf(nonNull(d.source())),
                        nonNull(d.sourceId()),
                        e == null
                                ? null
                                : new Block.Excerpt(
                                        e.title(),
                                        e.text(),
                                        e.path(),
                                        e.photoId(),
                                        e.credit(),
                                        e.partnerIds() == null ? List.of() : e.partnerIds(),
                                        e.deleted()));
            }
        };
    }

    private static String nonNull(@Nullable String s) {
        return s == null ? "" : s;
    }

    /** Frozen for sending: state and moment written, sections as given (their excerpts read last). */
    Bulletin freeze(Bulletin b, BulletinState state, Instant at) {
        Bulletin frozen = new Bulletin(
                b.id(),
                b.officeId(),
                b.networkId(),
                b.name(),
                b.title(),
                b.date(),
                b.language(),
                b.template(),
                b.sections(),
                state,
                b.sentAt() == null ? at : b.sentAt(),
                b.createdBy(),
                at,
                b.updatedBy(),
                b.revision());
        return indexed(toBulletin(store.save(toDocument(frozen), () -> get(b.id()))));
    }

    /** The issue as stored, whatever the reader (the public web version of a sent issue, the sender). */
    java.util.Optional<Bulletin> stored(String id) {
        return store.bulletin(id).map(Bulletins::toBulletin);
    }

    /** The offices of the office's network (the office itself included). */
    Set<String> networkOffices(String officeId) {
        return accounts.networkOf(officeId).stream().map(Office::id).collect(Collectors.toSet());
    }

    /** The sent issues of an office, newest first, for its public archive. */
    List<Bulletin> archive(String officeId) {
        return store.sent(officeId, 200).stream().map(Bulletins::toBulletin).toList();
    }
}
