package io.rayonne.press;

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
import io.rayonne.press.internal.CoverageDocument;
import io.rayonne.press.internal.PressStore;
import io.rayonne.press.internal.VisitStore;
import io.rayonne.search.Readers;
import io.rayonne.search.SearchEntry;
import io.rayonne.search.SearchIndex;
import io.rayonne.search.SearchResults;
import io.rayonne.search.SearchSource;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Coverage ("retombées"): what visits and press work brought. Per visit, the cost per article; over
 * a period, coverage by market, language and medium, counted by Elasticsearch.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Coverage implements SearchSource {

    static final String TYPE = "coverage";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** A visit's coverage and what each piece cost. */
    public record OfVisit(List<CoverageItem> items, long costCents, @Nullable Long costPerItemCents) {}

    private final VisitStore store;
    private final PressStore contacts;
    private final PressVisits visits;
    private final CurrentUser currentUser;
    private final SearchIndex search;
    private final Accounts accounts;
    private final Clock clock;

    Coverage(
            VisitStore store,
            PressStore contacts,
            PressVisits visits,
            CurrentUser currentUser,
            SearchIndex search,
            Accounts accounts,
            Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.contacts = contacts;
        this.visits = visits;
        this.currentUser = currentUser;
        this.search = search;
        this.clock = clock;
    }

    /** Coverage of the user's office (every office's for an administrator) in a period. */
    public List<CoverageItem> mine(LocalDate from, LocalDate to) {
        return store.coverage(scope(), from, to).stream().map(Coverage::toItem).toList();
    }

    /** When the latest coverage appeared, to open the coverage screen on a period that has some. */
    public java.util.Optional<LocalDate> latest() {
        return store.latestCoverage(scope());
    }

    public CoverageReport report(LocalDate from, LocalDate to) {
        return store.report(scope(), from, to);
    }

    /** Press work of these offices (of those the user reads) in [from, to], both days included. */
    public PressStatistics statistics(Collection<String> officeIds, LocalDate from, LocalDate to) {
        User user = PressRights.reader(currentUser);
        Set<String> readable = accounts.readableOffices(user);
        List<String> asked = officeIds.stream().filter(readable::contains).toList();
        if (asked.isEmpty()) {
            return new PressStatistics(0, 0, 0, new CoverageReport(from, to, 0, 0, List.of(), List.of(), List.of()));
        }
        VisitStore.VisitCounts visits = store.visitCounts(asked, from, to);
        return new PressStatistics(
                visits.visits(), visits.costCents(), visits.coverageFromVisits(), store.report(asked, from, to));
    }

    public CoverageItem get(String id) {
        PressRights.reader(currentUser);
        return store.coverage(id).map(Coverage::toItem).orElseThrow(() -> new NotFoundException("Coverage " + id));
    }

    public OfVisit ofVisit(PressVisit visit) {
        PressRights.reader(currentUser);
        List<CoverageItem> items =
                store.coverageOfVisit(visit.id()).stream().map(Coverage::toItem).toList();
        long cost = visit.costCents();
        return new OfVisit(items, cost, items.isEmpty() ? null : Math.round((double) cost / items.size()));
    }

    /**
     * The id a new item will have. The editor asks for it at the first try of a save and keeps it
     * until a try is answered, so that a try whose answer was lost is completed by the next one,
     * never doubled (decision 13).
     */
    public String newId(CoverageItem.Draft draft) {
        return Slugs.unique(draft.title());
    }

    @Audited(value = "coverage.created", subject = "#result.id()", label = "#result.title()")
    public CoverageItem create(CoverageItem.Draft draft) {
        return create(newId(draft), draft);
    }

    /**
     * New coverage under the id of {@link #newId}. If an earlier try of the same save wrote it (its
     * answer lost), that item is completed (its search entry) and given these details.
     *
     * @throws AlreadyExistsException the id is coverage someone else saved
     */
    @Audited(value = "coverage.created", subject = "#result.id()", label = "#result.title()")
    public CoverageItem create(String id, CoverageItem.Draft draft) {
        User user = PressRights.writer(currentUser);
        String officeId = draft.visitId() == null
                ? user.officeId()
                : visits.get(draft.visitId()).officeId();
        validate(draft);
        if (!store.create(toDocument(id, officeId, draft, user.id(), null), id)) {
            CoverageItem earlier = get(id);
            if (!earlier.updatedBy().equals(user.id()) || !earlier.officeId().equals(officeId)) {
                throw new AlreadyExistsException("Coverage " + id);
            }
            indexed(earlier);
            return earlier.draft().equals(draft) ? earlier : update(id, earlier.revision(), draft);
        }
        return indexed(get(id));
    }

    /** Adds coverage with a known id unless it exists (sample content). */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean importCoverage(String id, String officeId, CoverageItem.Draft draft) {
        validate(draft);
        if (!store.create(toDocument(id, officeId, draft, SystemUser.NAME, null), id)) {
            return false;
        }
        indexed(toItem(store.coverage(id).orElseThrow()));
        return true;
    }

    @Audited(value = "coverage.updated", subject = "#id", label = "#result.title()")
    public CoverageItem update(String id, Revision read, CoverageItem.Draft draft) {
        CoverageItem current = get(id);
        User user = writer(current);
        validate(draft);
        return indexed(toItem(store.save(toDocument(id, current.officeId(), draft, user.id(), read), () -> get(id))));
    }

    private User writer(CoverageItem item) {
        User user = PressRights.writer(currentUser);
        if (!user.has(Role.ADMIN) && !user.officeId().equals(item.officeId())) {
            throw new AccessDeniedException("Coverage is written by the press officers of its office");
        }
        return user;
    }

    private @Nullable String scope() {
        User user = PressRights.reader(currentUser);
        return user.has(Role.ADMIN) ? null : user.officeId();
    }

    private void validate(CoverageItem.Draft draft) {
        List<String> problems = new ArrayList<>(draft.problems());
        if (!draft.outletId().isBlank() && contacts.outlet(draft.outletId()).isEmpty()) {
            problems.add("press.error.outlet-unknown");
        }
        if (draft.journalistId() != null
                && contacts.journalist(draft.journalistId()).isEmpty()) {
            problems.add("press.error.contact-unknown");
        }
        if (draft.visitId() != null && store.visit(draft.visitId()).isEmpty()) {
            problems.add("press.error.visit-unknown");
        }
        if (draft.date() != null
                && draft.date().isAfter(LocalDate.now(clock.withZone(PARIS)).plusYears(1))) {
            problems.add("press.error.coverage-date-far");
        }
        if (!problems.isEmpty()) {
            throw new InvalidPressInputException(problems);
        }
    }

    private CoverageItem indexed(CoverageItem item) {
        search.put(entry(item));
        return item;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Stream<SearchEntry> entries() {
        return store.coverage(null, LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31)).stream()
                .map(Coverage::toItem)
                .map(this::entry);
    }

    private SearchEntry entry(CoverageItem c) {
        Map<String, Set<String>> facets = new HashMap<>();
        if (!c.market().isEmpty()) {
            facets.put(SearchResults.MARKET, Set.of(c.market()));
        }
        if (!c.language().isEmpty()) {
            facets.put(SearchResults.LANGUAGE, Set.of(c.language()));
        }
        facets.put(SearchResults.MEDIUM, Set.of(c.medium().value()));
        String outlet = contacts.outlet(c.outletId()).map(o -> o.name()).orElse("");
        String journalist = c.journalistId() == null
                ? ""
                : contacts.journalist(c.journalistId()).map(j -> j.name()).orElse("");
        String body = Stream.of(outlet, journalist, c.notes())
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining(" · "));
        return new SearchEntry(
                TYPE,
                c.id(),
                c.title(),
                body,
                c.officeId(),
                null,
                c.date().atStartOfDay(PARIS).toInstant(),
                "presse/retombees/" + c.id(),
                Set.of(Readers.STAFF),
                facets);
    }

    private CoverageDocument toDocument(
            String id, String officeId, CoverageItem.Draft d, String by, @Nullable Revision read) {
        return new CoverageDocument(
                id,
                officeId,
                d.visitId(),
                d.outletId(),
                d.journalistId(),
                java.util.Objects.requireNonNull(d.date()),
                d.title(),
                d.language(),
                d.market(),
                d.medium().name(),
                d.pages(),
                d.minutes(),
                d.link(),
                d.reach(),
                d.tone().name(),
                d.aveCents(),
                d.notes(),
                clock.instant(),
                by,
                Documents.seqNoPrimaryTerm(read));
    }

    private static CoverageItem toItem(CoverageDocument d) {
        return new CoverageItem(
                d.id(),
                d.officeId(),
                d.visitId(),
                d.outletId(),
                d.journalistId(),
                d.date(),
                d.title(),
                d.language(),
                d.market(),
                Medium.valueOf(d.medium()),
                d.pages(),
                d.minutes(),
                d.link(),
                d.reach(),
                Tone.valueOf(d.tone()),
                d.aveCents(),
                d.notes(),
                d.updatedAt(),
                d.updatedBy(),
                Documents.revision(d.seqNoPrimaryTerm()));
    }
}
