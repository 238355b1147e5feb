package io.rayonne.media;

import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.User;
import io.rayonne.base.Audited;
import io.rayonne.base.NotFoundException;
import io.rayonne.base.Revision;
import io.rayonne.base.elasticsearch.Documents;
import io.rayonne.media.internal.PhotoDocument;
import io.rayonne.media.internal.PhotoFiles;
import io.rayonne.media.internal.PhotoStore;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Photos and their image rights. Whoever uploads a photo and the team see it; the uploader and the
 * team describe it. {@link Photo#problemsFor} is the rule that every publishing step applies.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Photos {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final PhotoStore store;
    private final PhotoFiles files;
    private final CurrentUser currentUser;
    private final MediaSettings settings;
    private final ObjectProvider<PhotoUsages> usages;
    private final Clock clock;

    Photos(
            PhotoStore store,
            PhotoFiles files,
            CurrentUser currentUser,
            MediaSettings settings,
            ObjectProvider<PhotoUsages> usages,
            Clock clock) {
        this.store = store;
        this.files = files;
        this.currentUser = currentUser;
        this.settings = settings;
        this.usages = usages;
        this.clock = clock;
    }

    /**
     * Receives a photo: its type is read from its content, its size is limited, its files are kept
     * by content hash with a preview and a thumbnail. The new photo has no credit yet: it cannot be
     * published until someone names the photographer.
     *
     * @throws PhotoRejectedException saying why in the person's words
     */
    @Audited(value = "photo.uploaded", subject = "#result.id()", label = "#fileName")
    public Photo upload(InputStream content, String fileName) {
        User user = currentUser.require();
        PhotoFiles.Kept kept = files.keep(content);
        Instant now = clock.instant();
        PhotoDocument document = new PhotoDocument(
                UUID.randomUUID().toString(),
                kept.hash(),
                kept.mediaType(),
                kept.extension(),
                cleanName(fileName, kept.extension()),
                kept.width(),
                kept.height(),
                kept.bytes(),
                "",
                "",
                toDocument(Consent.nobody()),
                user.id(),
                user.officeId(),
                now,
                now,
                user.id(),
                null);
        store.create(document);
        return toPhoto(store.find(document.id()).orElseThrow());
    }

    /** The heaviest file an upload may be, for the screen to refuse it before sending. */
    public long maxUploadBytes() {
        return settings.maxUpload().toBytes();
    }

    /**
     * Adds a described photo under a known id unless it exists (sample content): loading twice adds
     * nothing twice. Returns whether it was created.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean importPhoto(
            String id, InputStream content, String fileName, String ownerId, String officeId, Photo.Description d) {
        if (store.find(id).isPresent()) {
            return false;
        }
        PhotoFiles.Kept kept = files.keep(content);
        Instant now = clock.instant();
        return store.create(new PhotoDocument(
                id,
                kept.hash(),
                kept.mediaType(),
                kept.extension(),
                cleanName(fileName, kept.extension()),
                kept.width(),
                kept.height(),
                kept.bytes(),
                d.credit(),
                d.caption(),
                toDocument(d.consent()),
                ownerId,
                officeId,
                now,
                now,
                ownerId,
                null));
    }

    /** A photo the current user may see; any other is "not found". */
    public Photo get(String id) {
        return toPhoto(readable(id, currentUser.require()));
    }

    /** The photos among {@code ids} the current user may see, in the order given. */
    public List<Photo> getAll(Collection<String> ids) {
        User user = currentUser.require();
        Map<String, PhotoDocument> found = store.findAll(ids).stream()
                .filter(d -> mayRead(user, d))
                .collect(Collectors.toMap(PhotoDocument::id, Function.identity()));
        return ids.stream()
                .filter(found::containsKey)
                .map(id -> toPhoto(found.get(id)))
                .toList();
    }

    /**
     * Photos of content that is published (a press kit whose embargo has lifted): readable without
     * signing in. The caller has checked that the content is public; the photos not found are left out.
     */
    @PreAuthorize("permitAll()")
    public List<Photo> published(Collection<String> ids) {
        Map<String, PhotoDocument> found =
                store.findAll(ids).stream().collect(Collectors.toMap(PhotoDocument::id, Function.identity()));
        return ids.stream()
                .filter(found::containsKey)
                .map(id -> toPhoto(found.get(id)))
                .toList();
    }

    /** New credit, caption and consent, over the revision the writer read. */
    @Audited(value = "photo.described", subject = "#id", label = "#result.fileName()")
    public Photo describe(String id, Revision read, Photo.Description description) {
        User user = currentUser.require();
        PhotoDocument d = readable(id, user);
        List<String> problems = description.problems();
        if (!problems.isEmpty()) {
            throw new InvalidPhotoDescriptionException(problems);
        }
        PhotoDocument saved = store.save(
                d.described(
                        description.credit(),
                        description.caption(),
                        toDocument(description.consent()),
                        clock.instant(),
                        user.id(),
                        Documents.seqNoPrimaryTerm(read)),
                () -> get(id));
        return toPhoto(saved);
    }

    /**
     * The file of a photo the caller has read through this service (for published content, through
     * {@link #published}, hence without signing in).
     */
    @PreAuthorize("permitAll()")
    public Path file(Photo photo, PhotoSize size) {
        return files.path(photo.hash(), extension(photo.mediaType()), size);
    }

    /**
     * Why these photos may not be published for these uses on this day, photo by photo; empty when
     * they may. A photo that no longer exists is a problem too.
     */
    public List<ConsentProblem> problemsFor(List<String> photoIds, Set<PhotoUse> uses, LocalDate on) {
        Map<String, PhotoDocument> found =
                store.findAll(photoIds).stream().collect(Collectors.toMap(PhotoDocument::id, Function.identity()));
        return photoIds.stream()
                .flatMap(id -> found.containsKey(id)
                        ? toPhoto(found.get(id)).problemsFor(uses, on).stream()
                        : java.util.stream.Stream.of(
                                new ConsentProblem(id, id, ConsentProblem.Reason.MISSING, null, null)))
                .toList();
    }

    /** Refuses the step when {@link #problemsFor} finds anything. */
    public void requireConsent(List<String> photoIds, Set<PhotoUse> uses, LocalDate on) {
        List<ConsentProblem> problems = problemsFor(photoIds, uses, on);
        if (!problems.isEmpty()) {
            throw new MissingConsentException(problems);
        }
    }

    /** Today in Europe/Paris, the day consents are checked against. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PARIS);
    }

    /**
     * Photos with people whose consent has ended or ends within the warning period, with where each
     * is used: the communication team's list of consents to renew.
     */
    public List<ConsentToRenew> consentsToRenew() {
        User user = currentUser.require();
        if (!user.has(Role.COMMUNICATION) && !user.has(Role.ADMIN)) {
            throw new AccessDeniedException("The list of consents is for the communication team");
        }
        LocalDate today = today();
        List<Photo> photos = store.consentEndingBefore(today.plusDays(settings.consentWarningDays() + 1L)).stream()
                .map(Photos::toPhoto)
                .toList();
        List<String> ids = photos.stream().map(Photo::id).toList();
        Map<String, List<PhotoUsage>> where = usages.orderedStream()
                .flatMap(u -> u.usagesOf(ids).stream())
                .collect(Collectors.groupingBy(PhotoUsage::photoId));
        return photos.stream()
                .map(p -> new ConsentToRenew(
                        p, p.consent().until().isBefore(today), where.getOrDefault(p.id(), List.of())))
                .toList();
    }

    /** A photo whose consent has ended ({@code expired}) or soon ends, and where it is used. */
    public record ConsentToRenew(Photo photo, boolean expired, List<PhotoUsage> usages) {}

    // ---- rights

    private PhotoDocument readable(String id, User user) {
        PhotoDocument d = store.find(id).orElseThrow(() -> new NotFoundException("Photo " + id));
        if (!mayRead(user, d)) {
            throw new NotFoundException("Photo " + id);
        }
        return d;
    }

    private static boolean mayRead(User user, PhotoDocument d) {
        return user.isStaff() || d.ownerId().equals(user.id());
    }

    // ---- conversions

    /** The file's own name without its folder, its extension the one of its real type. */
    static String cleanName(String fileName, String extension) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "photo";
        }
        if (base.length() > 100) {
            base = base.substring(0, 100);
        }
        return base + "." + extension;
    }

    private static String extension(String mediaType) {
        return switch (mediaType) {
            case "image/png" -> "png";
            case "image/webp" -> "webp";
            default -> "jpg";
        };
    }

    private static PhotoDocument.ConsentDocument toDocument(Consent c) {
        return new PhotoDocument.ConsentDocument(
                c.peopleAppear(),
                c.consentedBy(),
                c.uses().stream().map(Enum::name).collect(Collectors.toSet()),
                c.until(),
                c.minor(),
                c.guardian());
    }

    private static Photo toPhoto(PhotoDocument d) {
        PhotoDocument.ConsentDocument c = d.consent();
        Set<PhotoUse> uses = EnumSet.noneOf(PhotoUse.class);
        c.uses().forEach(u -> uses.add(PhotoUse.valueOf(u)));
        return new Photo(
                d.id(),
                d.hash(),
                d.mediaType(),
                d.fileName(),
                d.width(),
                d.height(),
                d.bytes(),
                d.credit(),
                d.caption(),
                new Consent(c.peopleAppear(), c.consentedBy(), uses, c.until(), c.minor(), c.guardian()),
                d.ownerId(),
                d.officeId(),
                d.uploadedAt(),
                Documents.revision(d.seqNoPrimaryTerm()));
    }
}
