package io.rayonne.press;

import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Office;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.SystemUser;
import io.rayonne.accounts.User;
import io.rayonne.base.AlreadyExistsException;
import io.rayonne.base.Audited;
import io.rayonne.base.NotFoundException;
import io.rayonne.base.Revision;
import io.rayonne.base.Slugs;
import io.rayonne.base.elasticsearch.Documents;
import io.rayonne.press.internal.NetworkPressDocument;
import io.rayonne.press.internal.PressStore;
import io.rayonne.press.internal.VisitDocument;
import io.rayonne.press.internal.VisitStore;
import io.rayonne.search.Readers;
import io.rayonne.search.SearchEntry;
import io.rayonne.search.SearchIndex;
import io.rayonne.search.SearchResults;
import io.rayonne.search.SearchSource;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
 * Press visits of the offices. The team reads every visit; the press officers of the visit's office
 * (and administrators) write it. Before proposing a visit, the press officer learns whether another
 * office of the network approached the same journalists lately (saturation).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PressVisits implements SearchSource {

    static final String TYPE = "press-visit";
    /** How far back another office's visit still counts, unless the network says otherwise. */
    public static final int DEFAULT_SATURATION_WEEKS = 12;

    public static final int SATURATION_WEEKS_MAX = 104;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final VisitStore store;
    private final PressStore contacts;
    private final CurrentUser currentUser;
    private final Accounts accounts;
    private final SearchIndex search;
    private final Clock clock;

    PressVisits(
            VisitStore store,
            PressStore contacts,
            CurrentUser currentUser,
            Accounts accounts,
            SearchIndex search,
            Clock clock) {
        this.store = store;
        this.contacts = contacts;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.search = search;
        this.clock = clock;
    }

    /** Visits of the user's office; an administrator sees every office's. */
    public List<PressVisit> mine() {
        User user = PressRights.reader(currentUser);
        return store.visits(user.has(Role.ADMIN) ? null : List.of(user.officeId())).stream()
                .map(PressVisits::toVisit)
                .toList();
    }

    public PressVisit get(String id) {
        PressRights.reader(currentUser);
        return store.visit(id).map(PressVisits::toVisit).orElseThrow(() -> new NotFoundException("Visit " + id));
    }

    /** Whether the current user may record visits: a press officer or an admin. */
    public boolean canCreate() {
        User user = currentUser.require();
        return user.has(Role.ADMIN) || user.has(Role.PRESS);
    }

    /** Whether the current user may change this visit: a press officer of its office, or an admin. */
    public boolean canEdit(PressVisit visit) {
        User user = currentUser.require();
        return user.has(Role.ADMIN) || (user.has(Role.PRESS) && user.officeId().equals(visit.officeId()));
    }

    /**
     * The id a new visit will have. The editor asks for it at the first try of a save and keeps it
     * until a try is answered, so that a try whose answer was lost is completed by the next one,
     * never doubled (decision 13).
     */
    public String newId(PressVisit.Draft draft) {
        return Slugs.unique(draft.subject());
    }

    @Audited(value = "press-visit.created", subject = "#result.id()", label = "#result.subject()")
    public PressVisit create(PressVisit.Draft draft) {
        return create(newId(draft), draft);
    }

    /**
     * A new visit under the id of {@link #newId}. If an earlier try of the same save wrote it (its
     * answer lost), that visit is completed (its search entry) and given these details.
     *
     * @throws AlreadyExistsException the id is a visit someone else saved, or one whose programme was sent
     */
    @Audited(value = "press-visit.created", subject = "#result.id()", label = "#result.subject()")
    public PressVisit create(String id, PressVisit.Draft draft) {
        User user = PressRights.writer(currentUser);
        validate(draft);
        if (!store.create(toDocument(id, user.officeId(), draft, List.of(), user.id(), null, null), id)) {
            PressVisit earlier = get(id);
            if (!earlier.updatedBy().equals(user.id())
                    || !earlier.officeId().equals(user.officeId())
                    || !earlier.sends().isEmpty()) {
                throw new AlreadyExistsException("Press visit " + id);
            }
            indexed(earlier);
            return earlier.draft().equals(draft) ? earlier : update(id, earlier.revision(), draft);
        }
        return indexed(get(id));
    }

    /** Adds a visit with a known id unless it exists (sample content). */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean importVisit(String id, String officeId, PressVisit.Draft draft) {
        validate(draft);
        if (!store.create(toDocument(id, officeId, draft, List.of(), SystemUser.NAME, null, null), id)) {
            return false;
        }
        indexed(toVisit(store.visit(id).orElseThrow()));
        return true;
    }

    @Audited(value = "press-visit.updated", subject = "#id", label = "#result.subject()")
    public PressVisit update(String id, Revision read, PressVisit.Draft draft) {
        PressVisit current = get(id);
        User user = writer(current);
        validate(draft);
        VisitDocument saved = store.save(
                toDocument(id, current.officeId(), draft, current.sends(), user.id(), read, createdOf(id)),
                () -> get(id));
        return indexed(toVisit(saved));
    }

    /** Records a programme email on the visit (see {@link ProgrammeMails}). */
    PressVisit recordSend(String id, ProgrammeSend send) {
        PressVisit current = get(id);
        User user = writer(current);
        List<ProgrammeSend> sends = new ArrayList<>(current.sends());
        sends.add(send);
        return toVisit(store.save(
                toDocument(
                        id, current.officeId(), current.draft(), sends, user.id(), current.revision(), createdOf(id)),
                () -> get(id)));
    }

    User writer(PressVisit visit) {
        User user = PressRights.writer(currentUser);
        if (!canEdit(visit)) {
            throw new AccessDeniedException("Visits are written by the press officers of their office");
        }
        return user;
    }

    /**
     * The journalists among these whom another office of the user's network approached or hosted
     * in the last weeks (the network's setting), each with that visit.
     */
    public List<Saturation> saturation(Collection<String> journalistIds, @Nullable String exceptVisitId) {
        User user = PressRights.reader(currentUser);
        Office mine = accounts.office(user.officeId()).orElse(null);
        if (mine == null || journalistIds.isEmpty()) {
            return List.of();
        }
        Map<String, Office> others = accounts.offices().stream()
                .filter(o -> o.networkId().equals(mine.networkId()) && !o.id().equals(mine.id()))
                .collect(Collectors.toMap(Office::id, o -> o));
        int weeks = saturationWeeks(mine.networkId());
        LocalDate since = LocalDate.now(clock.withZone(PARIS)).minusWeeks(weeks);
        Set<String> asked = new HashSet<>(journalistIds);
        List<Saturation> found = new ArrayList<>();
        for (VisitDocument v : store.approaching(
                journalistIds, others.keySet(), since, clock.instant().minus(Duration.ofDays(7L * weeks)))) {
            if (v.id().equals(exceptVisitId)) {
                continue;
            }
            for (String journalistId : v.journalistIds()) {
                if (asked.contains(journalistId)) {
                    String name =
                            contacts.journalist(journalistId).map(j -> j.name()).orElse(journalistId);
                    found.add(new Saturation(
                            journalistId,
                            name,
                            others.get(v.officeId()).name(),
                            v.subject(),
                            VisitStatus.valueOf(v.status()),
                            v.start(),
                            v.end()));
                }
            }
        }
        return found;
    }

    /** How many weeks another office's visit still counts in the user's network. */
    public int saturationWeeks() {
        User user = PressRights.reader(currentUser);
        return accounts.office(user.officeId())
                .map(o -> saturationWeeks(o.networkId()))
                .orElse(DEFAULT_SATURATION_WEEKS);
    }

    @Audited(value = "settings.press-updated", subject = "'saturation'", label = "'' + #weeks")
    public void setSaturationWeeks(int weeks) {
        User user = PressRights.writer(currentUser);
        if (weeks < 1 || weeks > SATURATION_WEEKS_MAX) {
            throw new InvalidVisitException(List.of(PressVisit.Problem.of("press.error.saturation-weeks")));
        }
        Office office = accounts.office(user.officeId()).orElseThrow(() -> new NotFoundException("Office"));
        store.saveSettings(new NetworkPressDocument(office.networkId(), weeks, clock.instant(), user.id()));
    }

    private int saturationWeeks(String networkId) {
        return store.network(networkId)
                .map(NetworkPressDocument::saturationWeeks)
                .orElse(DEFAULT_SATURATION_WEEKS);
    }

    private void validate(PressVisit.Draft draft) {
        List<PressVisit.Problem> problems = new ArrayList<>(draft.problems());
        if (draft.journalistIds().stream().anyMatch(j -> contacts.journalist(j).isEmpty())
                || draft.outletIds().stream().anyMatch(o -> contacts.outlet(o).isEmpty())) {
            problems.add(PressVisit.Problem.of("press.error.contact-unknown"));
        }
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        if (draft.status().happened() && draft.end() != null && draft.end().isAfter(today)) {
            problems.add(PressVisit.Problem.of("press.error.not-yet-happened"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidVisitException(problems);
        }
    }

    private PressVisit indexed(PressVisit visit) {
        search.put(entry(visit));
        return visit;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Stream<SearchEntry> entries() {
        return store.visits(null).stream().map(PressVisits::toVisit).map(this::entry);
    }

    private SearchEntry entry(PressVisit v) {
        Set<String> markets = new HashSet<>();
        Set<String> languages = new HashSet<>();
        List<String> who = new ArrayList<>();
        for (String id : v.journalistIds()) {
            contacts.journalist(id).ifPresent(j -> {
                who.add(j.name());
                markets.addAll(j.markets());
                languages.addAll(j.languages());
            });
        }
        for (String id : v.outletIds()) {
            contacts.outlet(id).ifPresent(o -> who.add(o.name()));
        }
        Map<String, Set<String>> facets = new HashMap<>();
        if (!markets.isEmpty()) {
            facets.put(SearchResults.MARKET, markets);
        }
        if (!languages.isEmpty()) {
            facets.put(SearchResults.LANGUAGE, languages);
        }
        String body = Stream.concat(
                        Stream.of(String.join(", ", who), v.angle()),
                        v.programme().stream().map(i -> i.title() + " " + i.partner()))
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining(" · "));
        return new SearchEntry(
                TYPE,
                v.id(),
                v.subject(),
                body,
                v.officeId(),
                v.status().name().toLowerCase(java.util.Locale.ROOT),
                v.start() == null
                        ? v.updatedAt()
                        : v.start().atStartOfDay(PARIS).toInstant(),
                "presse/accueils/" + v.id(),
                Set.of(Readers.STAFF),
                facets);
    }

    private @Nullable VisitDocument createdOf(String id) {
        return store.visit(id).orElse(null);
    }

    private VisitDocument toDocument(
            String id,
            String officeId,
            PressVisit.Draft d,
            List<ProgrammeSend> sends,
            String by,
            @Nullable Revision read,
            @Nullable VisitDocument before) {
        return new VisitDocument(
                id,
                officeId,
                d.subject(),
                d.angle(),
                d.origin().name(),
                d.status().name(),
                d.journalistIds(),
                d.outletIds(),
                d.start(),
                d.end(),
                d.coOrganisers().stream()
                        .map(c -> new VisitDocument.CoOrganiserDocument(
                                c.kind().name(), c.name(), c.contact(), c.email()))
                        .toList(),
                d.programme().stream()
                        .map(i -> new VisitDocument.ItemDocument(
                                i.id(),
                                i.date(),
                                i.time() == null ? null : i.time().toString(),
                                i.kind().name(),
                                i.title(),
                                i.partner(),
                                i.address(),
                                i.email(),
                                i.offered(),
                                i.costCents()))
                        .toList(),
                d.budgetCents(),
                d.actualCostCents(),
                d.notes(),
                sends.stream()
                        .map(s -> new VisitDocument.SendDocument(
                                s.at(), s.by(), s.messageId(), s.to(), s.cc(), s.outcome(), s.reason()))
                        .toList(),
                before == null ? clock.instant() : before.createdAt(),
                before == null ? by : before.createdBy(),
                clock.instant(),
                by,
                Documents.seqNoPrimaryTerm(read));
    }

    static PressVisit toVisit(VisitDocument d) {
        return new PressVisit(
                d.id(),
                d.officeId(),
                d.subject(),
                d.angle(),
                VisitOrigin.valueOf(d.origin()),
                VisitStatus.valueOf(d.status()),
                d.journalistIds(),
                d.outletIds(),
                d.start(),
                d.end(),
                Objects.requireNonNullElse(d.coOrganisers(), List.<VisitDocument.CoOrganiserDocument>of()).stream()
                        .map(c -> new CoOrganiser(CoOrganiser.Kind.valueOf(c.kind()), c.name(), c.contact(), c.email()))
                        .toList(),
                Objects.requireNonNullElse(d.programme(), List.<VisitDocument.ItemDocument>of()).stream()
                        .map(i -> new ProgrammeItem(
                                i.id(),
                                i.date(),
                                i.time() == null ? null : LocalTime.parse(i.time()),
                                ProgrammeItem.Kind.valueOf(i.kind()),
                                i.title(),
                                i.partner(),
                                i.address(),
                                i.email(),
                                i.offered(),
                                i.costCents()))
                        .toList(),
                d.budgetCents(),
                d.actualCostCents(),
                d.notes(),
                Objects.requireNonNullElse(d.sends(), List.<VisitDocument.SendDocument>of()).stream()
                        .map(s -> new ProgrammeSend(
                                s.at(), s.by(), s.messageId(), s.to(), s.cc(), s.outcome(), s.reason()))
                        .toList(),
                d.updatedAt(),
                d.updatedBy(),
                Documents.revision(d.seqNoPrimaryTerm()));
    }

    /** A new programme item's id. */
    public static String newItemId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
