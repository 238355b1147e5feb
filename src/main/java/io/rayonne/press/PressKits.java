package io.rayonne.press;

import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Office;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.SystemUser;
import io.rayonne.accounts.User;
import io.rayonne.base.AlreadyExistsException;
import io.rayonne.base.Audited;
import io.rayonne.base.Markdown;
import io.rayonne.base.NotFoundException;
import io.rayonne.base.Revision;
import io.rayonne.base.Slugs;
import io.rayonne.base.Tokens;
import io.rayonne.base.elasticsearch.Documents;
import io.rayonne.media.PhotoSize;
import io.rayonne.media.PhotoUse;
import io.rayonne.media.Photos;
import io.rayonne.press.internal.KitDocument;
import io.rayonne.press.internal.KitFiles;
import io.rayonne.press.internal.KitPdf;
import io.rayonne.press.internal.KitStore;
import io.rayonne.search.Readers;
import io.rayonne.search.SearchEntry;
import io.rayonne.search.SearchIndex;
import io.rayonne.search.SearchResults;
import io.rayonne.search.SearchSource;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * Press kits: written by the press officers of their office, read by the team, and — shared by link
 * or public — read by anyone without signing in once their embargo has lifted. Time is the
 * injected clock's: the content appears at the embargo's minute, on the next request, by itself.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PressKits implements SearchSource {

    static final String TYPE = "press-kit";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final KitStore store;
    private final KitFiles files;
    private final KitPdf pdf;
    private final Photos photos;
    private final Accounts accounts;
    private final CurrentUser currentUser;
    private final SearchIndex search;
    private final Clock clock;

    PressKits(
            KitStore store,
            KitFiles files,
            KitPdf pdf,
            Photos photos,
            Accounts accounts,
            CurrentUser currentUser,
            SearchIndex search,
            Clock clock) {
        this.store = store;
        this.files = files;
        this.pdf = pdf;
        this.photos = photos;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.search = search;
        this.clock = clock;
    }

    /** Kits of the user's office; every office's for an administrator. */
    public List<PressKit> mine() {
        User user = PressRights.reader(currentUser);
        return store.kits(user.has(Role.ADMIN) ? null : List.of(user.officeId())).stream()
                .map(PressKits::toKit)
                .toList();
    }

    public PressKit get(String id) {
        PressRights.reader(currentUser);
        return store.kit(id).map(PressKits::toKit).orElseThrow(() -> new NotFoundException("Kit " + id));
    }

    public boolean canEdit(@Nullable PressKit kit) {
        User user = currentUser.require();
        return user.has(Role.ADMIN)
                || (user.has(Role.PRESS) && (kit == null || user.officeId().equals(kit.officeId())));
    }

    /**
     * The id a new kit will have. The editor asks for it at the first try of a save and keeps it
     * until a try is answered, so that a try whose answer was lost is completed by the next one,
     * never doubled (decision 13).
     */
    public String newId(PressKit.Draft draft) {
        return Slugs.unique(Objects.requireNonNullElse(draft.titles().get(PressKit.FRENCH), ""));
    }

    @Audited(
            value = "press-kit.created",
            subject = "#result.id()",
            label = "#result.titles().values().stream().findFirst().orElse('')")
    public PressKit create(PressKit.Draft draft) {
        return create(newId(draft), draft);
    }

    /**
     * A new kit under the id of {@link #newId}. If an earlier try of the same save wrote it (its
     * answer lost), that kit is completed (its search entry) and given these contents; its link
     * stays the one drawn by that try.
     *
     * @throws AlreadyExistsException the id is a kit someone else saved
     */
    @Audited(
            value = "press-kit.created",
            subject = "#result.id()",
            label = "#result.titles().values().stream().findFirst().orElse('')")
    public PressKit create(String id, PressKit.Draft draft) {
        User user = PressRights.writer(currentUser);
        validate(draft, null);
        if (!store.create(toDocument(id, user.officeId(), draft, Tokens.newToken(), user.id(), null))) {
            PressKit earlier = get(id);
            if (!earlier.updatedBy().equals(user.id()) || !earlier.officeId().equals(user.officeId())) {
                throw new AlreadyExistsException("Press kit " + id);
            }
            indexed(earlier);
            return update(id, earlier.revision(), draft);
        }
        return indexed(get(id));
    }

    /** Adds a kit with a known id unless it exists (sample content). */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean importKit(String id, String officeId, PressKit.Draft draft) {
        validate(draft, null);
        if (!store.create(toDocument(id, officeId, draft, Tokens.newToken(), SystemUser.NAME, null))) {
            return false;
        }
        indexed(toKit(store.kit(id).orElseThrow()));
        return true;
    }

    @Audited(
            value = "press-kit.updated",
            subject = "#id",
            label = "#result.titles().values().stream().findFirst().orElse('')")
    public PressKit update(String id, Revision read, PressKit.Draft draft) {
        PressKit current = get(id);
        User user = writer(current);
        validate(draft, current);
        KitDocument saved =
                store.save(toDocument(id, current.officeId(), draft, current.token(), user.id(), read), () -> get(id));
        return indexed(toKit(saved));
    }

    /** A new secret for the shared link: the old link stops working at once. */
    @Audited(
            value = "press-kit.link-renewed",
            subject = "#id",
            label = "#result.titles().values().stream().findFirst().orElse('')")
    public PressKit newLink(String id, Revision read) {
        PressKit current = get(id);
        User user = writer(current);
        KitDocument saved = store.save(
                toDocument(id, current.officeId(), current.draft(PARIS), Tokens.newToken(), user.id(), read),
                () -> get(id));
        return toKit(saved);
    }

    /** Keeps an uploaded PDF for a kit; refused when it is not a PDF, empty or too large. */
    public PressKit.KitFile attach(InputStream content, String fileName) {
        PressRights.writer(currentUser);
        KitFiles.Kept kept = files.keep(content);
        if (!kept.ok()) {
            throw new InvalidPressInputException(List.of("press.error.kit-file-"
                    + Objects.requireNonNull(kept.refusal()).name().toLowerCase(java.util.Locale.ROOT)));
        }
        String name = fileName.isBlank()
                ? "document.pdf"
                : Path.of(fileName).getFileName().toString();
        return new PressKit.KitFile(kept.hash(), name, kept.size());
    }

    /** Where the kit stands against the consent rule: the day its photos will first be seen. */
    public List<io.rayonne.media.ConsentProblem> consentProblems(PressKit.Draft draft) {
        return photos.problemsFor(draft.photoIds(), Set.of(PhotoUse.PRESS), publicationDay(draft));
    }

    private LocalDate publicationDay(PressKit.Draft draft) {
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        LocalDate embargoDay = draft.embargo() == null ? today : draft.embargo().toLocalDate();
        return embargoDay.isAfter(today) ? embargoDay : today;
    }

    private User writer(PressKit kit) {
        User user = PressRights.writer(currentUser);
        if (!canEdit(kit)) {
            throw new AccessDeniedException("Kits are written by the press officers of their office");
        }
        return user;
    }

    private void validate(PressKit.Draft draft, @Nullable PressKit current) {
        List<String> problems = new java.util.ArrayList<>(draft.problems());
        Instant embargo =
                draft.embargo() == null ? null : draft.embargo().atZone(PARIS).toInstant();
        boolean embargoChanged = current == null || !Objects.equals(current.embargo(), embargo);
        if (embargo != null && embargoChanged && embargo.isBefore(clock.instant())) {
            problems.add("press.error.embargo-past");
        }
        if (draft.files().stream().anyMatch(f -> files.file(f.id()).isEmpty())) {
            problems.add("press.error.kit-file-missing");
        }
        if (!problems.isEmpty()) {
            throw new InvalidPressInputException(problems);
        }
        if (draft.visibility() != PressKit.Visibility.PRIVATE) {
            photos.requireConsent(draft.photoIds(), Set.of(PhotoUse.PRESS), publicationDay(draft));
        }
    }

    // ---- the page without login

    /**
     * The kit behind a link: its token, or its id when public. Empty for a wrong key or a private
     * kit, exactly as for a kit that never existed. Under embargo, nothing of the content.
     */
    @PreAuthorize("permitAll()")
    public Optional<PublicKit> open(String key) {
        Optional<KitDocument> found = key.length() >= 20 ? store.byToken(key) : Optional.empty();
        if (found.isEmpty()) {
            found = store.kit(key).filter(k -> PressKit.Visibility.PUBLIC.name().equals(k.visibility()));
        }
        return found.map(PressKits::toKit).filter(PressKit::shared).map(kit -> {
            String office = accounts.office(kit.officeId()).map(Office::name).orElse("");
            if (kit.underEmbargo(clock.instant())) {
                return new PublicKit.Embargoed(key, office, Objects.requireNonNull(kit.embargo()));
            }
            return new PublicKit.Open(key, office, kit, photos.published(kit.photoIds()));
        });
    }

    /** A photo file of an open kit; empty when the kit is not open or the photo not in it. */
    @PreAuthorize("permitAll()")
    public Optional<Path> photoFile(String key, String photoId, PhotoSize size) {
        return open(key)
                .filter(PublicKit.Open.class::isInstance)
                .map(PublicKit.Open.class::cast)
                .flatMap(open -> open.photos().stream()
                        .filter(p -> p.id().equals(photoId))
                        .findFirst())
                .map(p -> photos.file(p, size));
    }

    /** An attached file of an open kit. */
    @PreAuthorize("permitAll()")
    public Optional<Path> attachment(String key, String fileId) {
        return open(key)
                .filter(PublicKit.Open.class::isInstance)
                .map(PublicKit.Open.class::cast)
                .filter(open -> open.kit().files().stream().anyMatch(f -> f.id().equals(fileId)))
                .flatMap(open -> files.file(fileId));
    }

    /** The whole open kit as one PDF in a language, its attachments after it. */
    @PreAuthorize("permitAll()")
    public Optional<byte[]> pdf(String key, String language, KitLabels labels) {
        return open(key)
                .filter(PublicKit.Open.class::isInstance)
                .map(PublicKit.Open.class::cast)
                .map(open -> pdf.render(
                        open.kit(),
                        language,
                        open.officeName(),
                        labels,
                        open.photos().stream()
                                .map(p -> new KitPdf.PrintedPhoto(
                                        photos.file(p, PhotoSize.PREVIEW), p.credit(), p.caption()))
                                .toList(),
                        open.kit().files().stream()
                                .map(f -> files.file(f.id()))
                                .flatMap(Optional::stream)
                                .toList()));
    }

    /** What the page and the PDF of a kit open for the team would show (embargo or not). */
    public byte[] teamPdf(String id, String language, KitLabels labels) {
        PressKit kit = get(id);
        String office = accounts.office(kit.officeId()).map(Office::name).orElse("");
        return pdf.render(
                kit,
                language,
                office,
                labels,
                photos.getAll(kit.photoIds()).stream()
                        .map(p -> new KitPdf.PrintedPhoto(photos.file(p, PhotoSize.PREVIEW), p.credit(), p.caption()))
                        .toList(),
                kit.files().stream()
                        .map(f -> files.file(f.id()))
                        .flatMap(Optional::stream)
                        .toList());
    }

    /** The instant now, by the injected clock: pages compare the embargo with it. */
    @PreAuthorize("permitAll()")
    public Instant now() {
        return clock.instant();
    }

    private PressKit indexed(PressKit kit) {
        search.put(entry(kit));
        return kit;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Stream<SearchEntry> entries() {
        return store.kits(null).stream().map(PressKits::toKit).map(PressKits::entry);
    }

    private static SearchEntry entry(PressKit kit) {
        String body = kit.sections().stream()
                .map(s -> s.in(PressKit.FRENCH))
                .filter(Objects::nonNull)
                .map(v -> v.title() + " " + Markdown.toPlainText(v.body()))
                .collect(Collectors.joining(" · "));
        Set<String> languages = kit.translations().stream()
                .filter(PressKit.Translation::complete)
                .map(PressKit.Translation::language)
                .collect(Collectors.toSet());
        return new SearchEntry(
                TYPE,
                kit.id(),
                kit.title(PressKit.FRENCH),
                body,
                kit.officeId(),
                kit.visibility().name().toLowerCase(java.util.Locale.ROOT),
                kit.embargo() == null ? kit.updatedAt() : kit.embargo(),
                "presse/dossiers/" + kit.id(),
                Set.of(Readers.STAFF),
                languages.isEmpty() ? Map.of() : Map.of(SearchResults.LANGUAGE, languages));
    }

    private KitDocument toDocument(
            String id, String officeId, PressKit.Draft d, String token, String by, @Nullable Revision read) {
        Map<String, String> titles = new LinkedHashMap<>();
        d.titles().forEach((language, title) -> {
            if (!title.isBlank()) {
                titles.put(language, title.strip());
            }
        });
        return new KitDocument(
                id,
                officeId,
                titles,
                d.sections().stream()
                        .map(s -> new KitDocument.SectionDocument(
                                s.id(),
                                s.versions().entrySet().stream()
                                        .filter(e -> !e.getValue().isEmpty())
                                        .collect(Collectors.toMap(
                                                Map.Entry::getKey,
                                                e -> new KitDocument.VersionDocument(
                                                        e.getValue().title(),
                                                        e.getValue().body(),
                                                        e.getValue().machine())))))
                        .toList(),
                d.photoIds(),
                d.files().stream()
                        .map(f -> new KitDocument.FileDocument(f.id(), f.name(), f.size()))
                        .toList(),
                d.embargo() == null ? null : d.embargo().atZone(PARIS).toInstant(),
                d.visibility().name(),
                token,
                clock.instant(),
                by,
                Documents.seqNoPrimaryTerm(read));
    }

    private static PressKit toKit(KitDocument d) {
        return new PressKit(
                d.id(),
                d.officeId(),
                Objects.requireNonNullElse(d.titles(), Map.of()),
                Objects.requireNonNullElse(d.sections(), List.<KitDocument.SectionDocument>of()).stream()
                        .map(s -> new PressKit.Section(
                                s.id(),
                                Objects.requireNonNullElse(s.versions(), Map.<String, KitDocument.VersionDocument>of())
                                        .entrySet()
                                        .stream()
                                        .collect(Collectors.toMap(
                                                Map.Entry::getKey,
                                                e -> new PressKit.Version(
                                                        e.getValue().title(),
                                                        e.getValue().body(),
                                                        e.getValue().machine())))))
                        .toList(),
                Objects.requireNonNullElse(d.photoIds(), List.of()),
                Objects.requireNonNullElse(d.files(), List.<KitDocument.FileDocument>of()).stream()
                        .map(f -> new PressKit.KitFile(f.id(), f.name(), f.size()))
                        .toList(),
                d.embargo(),
                PressKit.Visibility.valueOf(d.visibility()),
                d.token(),
                d.updatedAt(),
                d.updatedBy(),
                Documents.revision(d.seqNoPrimaryTerm()));
    }

    /** A new section id. */
    public static String newSectionId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The embargo as typed in Paris, for the editor. */
    public static @Nullable LocalDateTime parisTime(@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, PARIS);
    }
}
