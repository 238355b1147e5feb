package io.rayonne.press;

import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.SystemUser;
import io.rayonne.accounts.User;
import io.rayonne.base.AlreadyExistsException;
import io.rayonne.base.Audited;
import io.rayonne.base.Names;
import io.rayonne.base.NotFoundException;
import io.rayonne.base.PersonalData;
import io.rayonne.base.Revision;
import io.rayonne.base.Slugs;
import io.rayonne.base.elasticsearch.Documents;
import io.rayonne.press.internal.CoverageDocument;
import io.rayonne.press.internal.JournalistDocument;
import io.rayonne.press.internal.PressStore;
import io.rayonne.press.internal.VisitDocument;
import io.rayonne.press.internal.VisitStore;
import io.rayonne.search.Readers;
import io.rayonne.search.SearchEntry;
import io.rayonne.search.SearchIndex;
import io.rayonne.search.SearchResults;
import io.rayonne.search.SearchSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Journalists: written by the press officer and administrators, read by the team. A new journalist
 * who probably exists already ("Benoit Lucchini" and « Benoît Lucchini ») is not created without
 * the writer saying so; two records of one person can be merged, the second then pointing to the
 * first so that nothing that referred to it is lost.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Journalists implements SearchSource, PersonalData {

    static final String TYPE = "journalist";

    private final PressStore store;
    private final VisitStore visits;
    private final CurrentUser currentUser;
    private final SearchIndex search;
    private final Clock clock;

    Journalists(PressStore store, VisitStore visits, CurrentUser currentUser, SearchIndex search, Clock clock) {
        this.visits = visits;
        this.store = store;
        this.currentUser = currentUser;
        this.search = search;
        this.clock = clock;
    }

    public List<Journalist> all() {
        PressRights.reader(currentUser);
        return store.journalists().stream().map(Journalists::toJournalist).toList();
    }

    /** A journalist; one merged into another gives the one kept. */
    public Journalist get(String id) {
        PressRights.reader(currentUser);
        JournalistDocument d = store.journalist(id).orElseThrow(() -> new NotFoundException("Journalist " + id));
        for (int hops = 0; d.mergedInto() != null && hops < 10; hops++) {
            String next = d.mergedInto();
            d = store.journalist(next).orElseThrow(() -> new NotFoundException("Journalist " + next));
        }
        return toJournalist(d);
    }

    /** Journalists recorded who are probably the one described, most alike first. */
    public List<LikelyDuplicate> likelyDuplicates(Journalist.Draft draft, @Nullable String exceptId) {
        PressRights.reader(currentUser);
        String email = draft.email().isEmpty() ? "" : Names.foldEmail(draft.email());
        return store.nameOrEmailLike(draft.name(), email, 25).stream()
                .filter(d -> !d.id().equals(exceptId))
                .map(d -> {
                    boolean sameEmail = !email.isEmpty() && email.equals(d.emailFolded());
                    return new LikelyDuplicate(toJournalist(d), Names.similarity(draft.name(), d.name()), sameEmail);
                })
                .filter(c -> c.sameEmail() || c.similarity() >= Names.LIKELY_SAME)
                .sorted(Comparator.comparing(LikelyDuplicate::sameEmail)
                        .thenComparing(LikelyDuplicate::similarity)
                        .reversed())
                .toList();
    }

    /**
     * Records a journalist. Refused with the likely duplicates unless {@code despiteDuplicates}: the
     * writer has seen them and says it is someone else.
     */
    @Audited(value = "journalist.created", subject = "#result.id()", label = "#result.name()")
    public Journalist create(Journalist.Draft draft, boolean despiteDuplicates) {
        return create(newId(draft), draft, despiteDuplicates);
    }

    /**
     * The id a new journalist will have. The editor asks for it at the first try of a save and keeps
     * it until a try is answered, so that a try whose answer was lost is completed by the next one,
     * never doubled (decision 13).
     */
    public String newId(Journalist.Draft draft) {
        return Slugs.unique(draft.name());
    }

    /**
     * Records a journalist under the id of {@link #newId}. If an earlier try of the same save wrote
     * it (its answer lost), that record is completed (its search entry) and given these details: the
     * same journalist, not a second one nor a "likely duplicate" of itself.
     *
     * @throws AlreadyExistsException the id is a journalist someone else saved, or merged since
     */
    @Audited(value = "journalist.created", subject = "#result.id()", label = "#result.name()")
    public Journalist create(String id, Journalist.Draft draft, boolean despiteDuplicates) {
        User user = PressRights.writer(currentUser);
        validate(draft);
        if (store.journalist(id).isPresent()) {
            return completeEarlierTry(id, user, draft);
        }
        if (!despiteDuplicates) {
            List<LikelyDuplicate> duplicates = likelyDuplicates(draft, null);
            if (!duplicates.isEmpty()) {
                throw new LikelyDuplicateException(duplicates);
            }
        }
        if (!store.create(toDocument(id, draft, null, user.id(), null), id)) {
            return completeEarlierTry(id, user, draft);
        }
        return indexed(get(id));
    }

    private Journalist completeEarlierTry(String id, User user, Journalist.Draft draft) {
        Journalist earlier = get(id);
        if (!earlier.id().equals(id) || !earlier.updatedBy().equals(user.id())) {
            throw new AlreadyExistsException("Journalist " + id);
        }
        indexed(earlier);
        return earlier.draft().equals(draft) ? earlier : update(id, earlier.revision(), draft);
    }

    /** Adds a journalist with a known id unless it exists (sample content). */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean importJournalist(String id, Journalist.Draft draft) {
        validate(draft);
        if (!store.create(toDocument(id, draft, null, SystemUser.NAME, null), id)) {
            return false;
        }
        indexed(toJournalist(store.journalist(id).orElseThrow()));
        return true;
    }

    @Audited(value = "journalist.updated", subject = "#id", label = "#result.name()")
    public Journalist update(String id, Revision read, Journalist.Draft draft) {
        User user = PressRights.writer(currentUser);
        validate(draft);
        Journalist current = get(id);
        if (!current.id().equals(id)) {
            throw new NotFoundException("Journalist " + id + " was merged into " + current.id());
        }
        return indexed(toJournalist(store.save(toDocument(id, draft, null, user.id(), read), () -> get(id))));
    }

    /**
     * Merges {@code goneId} into {@code keptId}: outlets, languages, markets and beats are joined,
     * notes put end to end, the kept contact details win where they are given. The other record
     * stays, pointing to the kept one, so every link to it still leads somewhere.
     */
    @Audited(value = "journalist.merged", subject = "#goneId", label = "#result.name() + ' → ' + #keptId")
    public Journalist merge(String keptId, Revision keptRead, String goneId) {
        User user = PressRights.writer(currentUser);
        Journalist kept = get(keptId);
        Journalist gone = get(goneId);
        if (kept.id().equals(gone.id())) {
            throw new InvalidPressInputException(List.of("press.error.merge-same"));
        }
        Journalist.Draft a = kept.draft();
        Journalist.Draft b = gone.draft();
        Journalist.Draft merged = new Journalist.Draft(
                a.name(),
                a.role().isEmpty() ? b.role() : a.role(),
                union(a.outletIds(), b.outletIds()),
                Set.copyOf(union(List.copyOf(a.languages()), List.copyOf(b.languages()))),
                Set.copyOf(union(List.copyOf(a.markets()), List.copyOf(b.markets()))),
                Set.copyOf(union(List.copyOf(a.beats()), List.copyOf(b.beats()))),
                a.email().isEmpty() ? b.email() : a.email(),
                a.phone().isEmpty() ? b.phone() : a.phone(),
                Stream.of(a.notes(), b.notes()).filter(n -> !n.isBlank()).collect(Collectors.joining("\n\n")),
                a.consentSource().isEmpty() ? b.consentSource() : a.consentSource(),
                a.consentDate() == null ? b.consentDate() : a.consentDate());
        JournalistDocument saved =
                store.save(toDocument(kept.id(), merged, null, user.id(), keptRead), () -> get(keptId));
        store.save(toDocument(gone.id(), b, kept.id(), user.id(), gone.revision()), () -> get(goneId));
        search.remove(TYPE, gone.id());
        return indexed(toJournalist(saved));
    }

    // ---- personal data

    /** The journalist's records, the visits they took part in (or whose programme they got), their coverage. */
    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public List<PersonalData.Held> heldOn(String email) {
        List<PersonalData.Held> held = new ArrayList<>();
        List<String> addresses = PersonalData.addressForms(email);
        for (JournalistDocument d : store.journalistsWithEmail(Names.foldEmail(email))) {
            Journalist j = toJournalist(d);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("name", j.name());
            data.put("role", j.role());
            data.put("email", j.email());
            data.put("phone", j.phone());
            data.put("outlets", j.outletIds());
            data.put("languages", List.copyOf(j.languages()));
            data.put("markets", List.copyOf(j.markets()));
            data.put("beats", List.copyOf(j.beats()));
            data.put("notes", j.notes());
            data.put("consentSource", j.consentSource());
            data.put("consentDate", String.valueOf(j.consentDate()));
            data.put("mergedInto", d.mergedInto());
            held.add(new PersonalData.Held("journalist", j.id(), j.name(), data));
            for (VisitDocument v : visits.visitsOf(j.id(), addresses)) {
                held.add(new PersonalData.Held(
                        "press-visit",
                        v.id(),
                        v.subject(),
                        Map.of(
                                "office",
                                v.officeId(),
                                "start",
                                String.valueOf(v.start()),
                                "end",
                                String.valueOf(v.end()))));
            }
            for (CoverageDocument c : visits.coverageBy(j.id())) {
                held.add(new PersonalData.Held(
                        "coverage", c.id(), c.title(), Map.of("date", c.date().toString(), "outlet", c.outletId())));
            }
        }
        return held;
    }

    /** Journalists whose record has not changed and who took part in no visit since {@code before}. */
    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public List<PersonalData.Held> inactiveSince(java.time.Instant before) {
        java.time.LocalDate day =
                before.atZone(java.time.ZoneId.of("Europe/Paris")).toLocalDate();
        List<PersonalData.Held> held = new ArrayList<>();
        for (JournalistDocument d : store.journalistsUnchangedSince(before)) {
            boolean recentVisit = visits.visitsOf(d.id(), List.of()).stream()
                    .anyMatch(v -> (v.end() != null && !v.end().isBefore(day))
                            || (v.start() != null && !v.start().isBefore(day)));
            if (!recentVisit) {
                held.add(new PersonalData.Held(
                        "journalist",
                        d.id(),
                        d.name(),
                        Map.of("email", d.email(), "lastActivity", d.updatedAt().toString())));
            }
        }
        return held;
    }

    /**
     * Anonymises the journalist's records (name, address, phone, notes, consent) and their address in
     * the programmes sent; visits and coverage stay, counted, linked to the anonymous record.
     */
    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public int erase(String email) {
        int erased = 0;
        List<String> addresses = PersonalData.addressForms(email);
        for (JournalistDocument d : store.journalistsWithEmail(Names.foldEmail(email))) {
            Journalist j = toJournalist(d);
            for (VisitDocument v : visits.visitsOf(j.id(), addresses)) {
                visits.forgetAddresses(v, addresses, PersonalData.ERASED_ADDRESS);
            }
            Journalist.Draft before = j.draft();
            Journalist.Draft anonymous = new Journalist.Draft(
                    ERASED_NAME,
                    before.role(),
                    before.outletIds(),
                    before.languages(),
                    before.markets(),
                    before.beats(),
                    "",
                    "",
                    "",
                    "",
                    null);
            JournalistDocument saved = store.save(
                    toDocument(j.id(), anonymous, d.mergedInto(), SystemUser.NAME, j.revision()), () -> get(j.id()));
            if (saved.mergedInto() == null) {
                indexed(toJournalist(saved));
            }
            erased++;
        }
        return erased;
    }

    static final String ERASED_NAME = "Journaliste (données effacées)";

    private static List<String> union(List<String> a, List<String> b) {
        var all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private Journalist indexed(Journalist journalist) {
        search.put(entry(journalist, outletNames(journalist)));
        return journalist;
    }

    private String outletNames(Journalist j) {
        List<String> names = new ArrayList<>();
        for (String id : j.outletIds()) {
            store.outlet(id).ifPresent(o -> names.add(o.name()));
        }
        return String.join(", ", names);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Stream<SearchEntry> entries() {
        return store.journalists().stream().map(Journalists::toJournalist).map(j -> entry(j, outletNames(j)));
    }

    private static SearchEntry entry(Journalist j, String outletNames) {
        Map<String, Set<String>> facets = new HashMap<>();
        if (!j.languages().isEmpty()) {
            facets.put(SearchResults.LANGUAGE, j.languages());
        }
        if (!j.markets().isEmpty()) {
            facets.put(SearchResults.MARKET, j.markets());
        }
        String body = Stream.of(j.role(), outletNames, String.join(", ", j.beats()), j.notes())
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining(" · "));
        return new SearchEntry(
                TYPE,
                j.id(),
                j.name(),
                body,
                "",
                null,
                j.updatedAt(),
                "presse/journalistes/" + j.id(),
                Set.of(Readers.STAFF),
                facets);
    }

    private void validate(Journalist.Draft draft) {
        List<String> problems = new ArrayList<>(draft.problems());
        if (draft.outletIds().stream()
                .anyMatch(outletId -> store.outlet(outletId).isEmpty())) {
            problems.add("press.error.outlet-unknown");
        }
        if (!problems.isEmpty()) {
            throw new InvalidPressInputException(problems);
        }
    }

    private JournalistDocument toDocument(
            String id, Journalist.Draft d, @Nullable String mergedInto, String by, @Nullable Revision read) {
        return new JournalistDocument(
                id,
                d.name(),
                Names.fold(d.name()),
                d.role(),
                d.outletIds(),
                d.languages(),
                d.markets(),
                d.beats(),
                d.email(),
                d.email().isEmpty() ? "" : Names.foldEmail(d.email()),
                d.phone(),
                d.notes(),
                d.consentSource(),
                d.consentDate(),
                mergedInto,
                clock.instant(),
                by,
                Documents.seqNoPrimaryTerm(read));
    }

    private static Journalist toJournalist(JournalistDocument d) {
        return new Journalist(
                d.id(),
                d.name(),
                d.role(),
                d.outletIds(),
                d.languages(),
                d.markets(),
                d.beats(),
                d.email(),
                d.phone(),
                d.notes(),
                d.consentSource(),
                d.consentDate(),
                d.updatedAt(),
                d.updatedBy(),
                Documents.revision(d.seqNoPrimaryTerm()));
    }
}
