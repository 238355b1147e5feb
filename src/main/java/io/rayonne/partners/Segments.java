package io.rayonne.partners;

import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.SystemUser;
import io.rayonne.accounts.User;
import io.rayonne.base.AlreadyExistsException;
import io.rayonne.base.Audited;
import io.rayonne.base.NotFoundException;
import io.rayonne.base.Revision;
import io.rayonne.base.Slugs;
import io.rayonne.base.elasticsearch.Documents;
import io.rayonne.partners.internal.PartnerStore;
import io.rayonne.partners.internal.SegmentDocument;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Saved segments: read by the network's communication teams, written by their own office's. */
@Service
@PreAuthorize("isAuthenticated()")
public class Segments {

    private final PartnerStore store;
    private final CurrentUser currentUser;
    private final Accounts accounts;
    private final Clock clock;

    Segments(PartnerStore store, CurrentUser currentUser, Accounts accounts, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
    }

    public List<Segment> all() {
        return store.segments(accounts.readableOffices(reader())).stream()
                .map(Segments::toSegment)
                .toList();
    }

    public Segment get(String id) {
        var offices = accounts.readableOffices(reader());
        return store.segment(id)
                .filter(d -> offices.contains(d.officeId()))
                .map(Segments::toSegment)
                .orElseThrow(() -> new NotFoundException("Segment " + id));
    }

    /**
     * The id a new segment will have. The dialog asks for it at the first try and keeps it until a
     * try is answered, so that a try whose answer was lost is completed by the next one, never
     * doubled (decision 13).
     */
    public String newId(String name) {
        return Slugs.unique(name);
    }

    /** A new segment of the user's office. */
    @Audited(value = "segment.created", subject = "#result.id()", label = "#name")
    public Segment create(String name, SegmentCriteria criteria) {
        return create(newId(name), name, criteria);
    }

    /**
     * A new segment of the user's office under the id of {@link #newId}; if an earlier try wrote it
     * (its answer lost), that segment is given this name and these criteria.
     *
     * @throws AlreadyExistsException the id is a segment someone else saved
     */
    @Audited(value = "segment.created", subject = "#result.id()", label = "#name")
    public Segment create(String id, String name, SegmentCriteria criteria) {
        User user = writer(null);
        validate(name);
        if (!store.createSegment(toDocument(id, user.officeId(), name, criteria, user.id(), null))) {
            Segment earlier = get(id);
            if (!earlier.updatedBy().equals(user.id()) || !earlier.officeId().equals(user.officeId())) {
                throw new AlreadyExistsException("Segment " + id);
            }
            return earlier.name().equals(name.strip()) && earlier.criteria().equals(criteria)
                    ? earlier
                    : update(id, earlier.revision(), name, criteria);
        }
        return get(id);
    }

    @Audited(value = "segment.updated", subject = "#id", label = "#name")
    public Segment update(String id, Revision read, String name, SegmentCriteria criteria) {
        Segment current = get(id);
        User user = writer(current.officeId());
        validate(name);
        return toSegment(
                store.saveSegment(toDocument(id, current.officeId(), name, criteria, user.id(), read), () -> get(id)));
    }

    @Audited(value = "segment.deleted", subject = "#id")
    public void delete(String id) {
        Segment current = get(id);
        writer(current.officeId());
        store.deleteSegment(id);
    }

    /** Adds a segment with a known id unless it exists (sample content). */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean importSegment(String id, String officeId, String name, SegmentCriteria criteria) {
        validate(name);
        return store.createSegment(toDocument(id, officeId, name, criteria, SystemUser.NAME, null));
    }

    public boolean mayWrite(Segment segment) {
        User user = currentUser.require();
        return user.has(Role.ADMIN)
                || (user.has(Role.COMMUNICATION) && user.officeId().equals(segment.officeId()));
    }

    private static void validate(String name) {
        List<Partner.Problem> problems = new ArrayList<>();
        if (name.isBlank()) {
            problems.add(Partner.Problem.of("partners.error.segment-name-required"));
        } else if (name.strip().length() > Segment.NAME_MAX) {
            problems.add(Partner.Problem.of("partners.error.segment-name-too-long"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPartnerException(problems);
        }
    }

    private User reader() {
        User user = currentUser.require();
        if (!user.has(Role.ADMIN) && !user.has(Role.COMMUNICATION)) {
            throw new AccessDeniedException("Segments are for the communication team");
        }
        return user;
    }

    private User writer(@Nullable String officeId) {
        User user = reader();
        if (!user.has(Role.ADMIN) && officeId != null && !user.officeId().equals(officeId)) {
            throw new AccessDeniedException("Segments are written by their office's team");
        }
        return user;
    }

    private SegmentDocument toDocument(
            String id, String officeId, String name, SegmentCriteria c, String by, @Nullable Revision read) {
        return new SegmentDocument(
                id,
                officeId,
                name.strip(),
                c.text(),
                List.copyOf(c.officeIds()),
                names(c.sectors()),
                List.copyOf(c.territories()),
                List.copyOf(c.cities()),
                names(c.memberships()),
                c.memberSince(),
                c.apidae().name(),
                List.copyOf(c.roles()),
                List.copyOf(c.languages()),
                names(c.states()),
                names(c.bases()),
                clock.instant(),
                by,
                Documents.seqNoPrimaryTerm(read));
    }

    private static List<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    private static <E extends Enum<E>> Set<E> parse(@Nullable List<String> names, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        Objects.requireNonNullElse(names, List.<String>of()).forEach(n -> values.add(Enum.valueOf(type, n)));
        return values;
    }

    private static Set<String> strings(@Nullable List<String> values) {
        return Set.copyOf(Objects.requireNonNullElse(values, List.of()));
    }

    private static Segment toSegment(SegmentDocument d) {
        var criteria = new SegmentCriteria(
                d.text(),
                strings(d.officeIds()),
                parse(d.sectors(), Sector.class),
                strings(d.territories()),
                strings(d.cities()),
                parse(d.memberships(), Membership.class),
                d.memberSince(),
                SegmentCriteria.Apidae.valueOf(d.apidae()),
                strings(d.roles()),
                strings(d.languages()),
                parse(d.states(), SubscriptionState.class),
                parse(d.bases(), LegalBasis.class));
        return new Segment(
                d.id(),
                d.officeId(),
                d.name(),
                criteria,
                d.updatedAt(),
                d.updatedBy(),
                Documents.revision(d.seqNoPrimaryTerm()));
    }
}
