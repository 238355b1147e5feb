package io.rayonne.observatoire;

import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Office;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.User;
import io.rayonne.base.Audited;
import io.rayonne.base.NotFoundException;
import io.rayonne.base.Revision;
import io.rayonne.base.StaleEditException;
import io.rayonne.base.elasticsearch.Documents;
import io.rayonne.observatoire.internal.ChangeDocument;
import io.rayonne.observatoire.internal.FigureListDocument;
import io.rayonne.observatoire.internal.KeyFigureStore;
import io.rayonne.observatoire.internal.MonthDocument;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The figures Rayonne cannot know, typed in by each office once a month: its network says which
 * (the list below until it chooses), the office's communication team or an administrator enters
 * them, every change is kept with who made it.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class KeyFigures {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** What a network asks for until it sets its own list: the figures the seeds' offices report. */
    public static final List<KeyFigure> DEFAULT_LIST = List.of(
            new KeyFigure("site-visitors", "Visiteurs du site web", KeyFigure.Kind.FLOW),
            new KeyFigure("facebook-followers", "Abonnés Facebook", KeyFigure.Kind.STOCK),
            new KeyFigure("instagram-followers", "Abonnés Instagram", KeyFigure.Kind.STOCK),
            new KeyFigure("linkedin-followers", "Abonnés LinkedIn", KeyFigure.Kind.STOCK),
            new KeyFigure("desk-contacts", "Contacts à l’accueil", KeyFigure.Kind.FLOW),
            new KeyFigure("desk-visitors", "Personnes accueillies", KeyFigure.Kind.FLOW),
            new KeyFigure("group-files", "Dossiers groupes", KeyFigure.Kind.FLOW),
            new KeyFigure("guided-visits", "Visites guidées", KeyFigure.Kind.FLOW),
            new KeyFigure("audit-score", "Score de l’audit qualité (%)", KeyFigure.Kind.SCORE));

    public static final int FIGURES_MAX = 30;

    /** A network's list and the version read, to save over it. */
    public record FigureList(String networkId, List<KeyFigure> figures, @Nullable Revision revision) {
        public FigureList {
            figures = List.copyOf(figures);
        }
    }

    private final KeyFigureStore store;
    private final CurrentUser currentUser;
    private final Accounts accounts;
    private final Clock clock;

    KeyFigures(KeyFigureStore store, CurrentUser currentUser, Accounts accounts, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The figures the office's network asks for, in its order. */
    public List<KeyFigure> figures(String officeId) {
        return list(networkOf(officeId)).figures();
    }

    public FigureList list(String networkId) {
        return store.list(networkId)
                .map(KeyFigures::toList)
                .orElseGet(() -> new FigureList(networkId, DEFAULT_LIST, null));
    }

    /**
     * Saves a network's list over the version read: labels may change and figures be added or
     * dropped; a dropped figure's months stay stored and come back if it is listed again.
     */
    @Audited(value = "settings.key-figure-list-updated", subject = "#networkId")
    public FigureList saveList(String networkId, @Nullable Revision read, List<KeyFigure> figures) {
        User user = currentUser.require();
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedException("A network's list of figures is set by an administrator");
        }
        Set<String> codes = new HashSet<>();
        for (KeyFigure f : figures) {
            if (f.label().isBlank() || f.label().length() > KeyFigure.LABEL_MAX || !codes.add(f.code())) {
                throw new IllegalArgumentException("A figure needs a label of at most " + KeyFigure.LABEL_MAX
                        + " characters and its own code: " + f);
            }
        }
        if (figures.isEmpty() || figures.size() > FIGURES_MAX) {
            throw new IllegalArgumentException("A list holds 1 to " + FIGURES_MAX + " figures");
        }
        var document = new FigureListDocument(
                networkId,
                figures.stream()
                        .map(f -> new FigureListDocument.FigureDocument(
                                f.code(), f.label(), f.kind().name()))
                        .toList(),
                clock.instant(),
                user.id(),
                Documents.seqNoPrimaryTerm(read));
        return toList(store.saveList(document, () -> list(networkId)));
    }

    /** A code for a new figure of a list, from its label, unique in the list. */
    public static String codeFor(String label, Collection<KeyFigure> list) {
        String base = io.rayonne.base.Slugs.of(label);
        if (base.isBlank()) {
            base = "chiffre";
        }
        Set<String> taken = new HashSet<>();
        list.forEach(f -> taken.add(f.code()));
        String code = base;
        for (int n = 2; taken.contains(code); n++) {
            code = base + "-" + n;
        }
        return code;
    }

    public java.util.Optional<MonthFigures> month(String officeId, YearMonth month) {
        reader(officeId);
        return store.month(officeId, month.toString()).map(KeyFigures::toMonth);
    }

    /** The months of a year the office has entered, oldest first. */
    public List<MonthFigures> year(String officeId, int year) {
        reader(officeId);
        return store.months(officeId, year + "-01", year + "-12").stream()
                .map(KeyFigures::toMonth)
                .toList();
    }

    /**
     * Enters a month not entered yet. Figures typed as an office types them ("12 500", "92,5");
     * blank ones are left out. Refused as a whole when one is not a number or the month is to come.
     */
    @Audited(value = "key-figures.entered", subject = "#officeId + ' ' + #month")
    public MonthFigures enter(String officeId, YearMonth month, Map<String, String> typed) {
        User user = writer(officeId);
        Map<String, Double> values = parse(officeId, month, typed);
        Instant now = clock.instant();
        var document = new MonthDocument(
                MonthDocument.idOf(officeId, month.toString()),
                officeId,
                month.toString(),
                toValues(values),
                now,
                user.id(),
                null);
        if (!store.create(document)) {
            throw new MonthAlreadyEnteredException(store.month(officeId, month.toString())
                    .map(KeyFigures::toMonth)
                    .orElseThrow());
        }
        store.keep(changes(officeId, month, Map.of(), values, user, now));
        return store.month(officeId, month.toString()).map(KeyFigures::toMonth).orElseThrow();
    }

    /** A month brought in from elsewhere (the sample content): no typing to check, no change to record. */
    public record Imported(String officeId, YearMonth month, Map<String, Double> values) {}

    /** Stores months not stored yet, in one request; returns how many were new. */
    @PreAuthorize("hasRole('ADMIN')")
    @Audited(value = "key-figures.imported", subject = "''", label = "#result + ' mois'")
    public int importMonths(List<Imported> months) {
        Instant now = clock.instant();
        String by = currentUser.require().id();
        return store.createAll(months.stream()
                .map(m -> new MonthDocument(
                        MonthDocument.idOf(m.officeId(), m.month().toString()),
                        m.officeId(),
                        m.month().toString(),
                        toValues(m.values()),
                        now,
                        by,
                        null))
                .toList());
    }

    /** Changes a month entered before, over the version read; a blank figure removes it. */
    @Audited(value = "key-figures.changed", subject = "#officeId + ' ' + #month")
    public MonthFigures change(String officeId, YearMonth month, Revision read, Map<String, String> typed) {
        User user = writer(officeId);
        Map<String, Double> values = parse(officeId, month, typed);
        MonthDocument stored = store.month(officeId, month.toString())
                .orElseThrow(() -> new NotFoundException("Figures of " + month + " for " + officeId));
        if (!read.equals(Documents.revision(stored.seqNoPrimaryTerm()))) {
            throw new StaleEditException(toMonth(stored));
        }
        Instant now = clock.instant();
        var document = new MonthDocument(
                stored.id(),
                officeId,
                stored.month(),
                toValues(values),
                now,
                user.id(),
                Documents.seqNoPrimaryTerm(read));
        MonthDocument saved = store.save(document, () -> store.month(officeId, month.toString())
                .map(KeyFigures::toMonth)
                .orElseThrow());
        store.keep(changes(officeId, month, toMonth(stored).values(), values, user, now));
        return toMonth(saved);
    }

    /** Who changed which figure of which month, newest first. */
    public List<KeyFigureChange> history(String officeId) {
        reader(officeId);
        return store.changes(officeId, 500).stream()
                .map(c -> new KeyFigureChange(
                        c.officeId(), YearMonth.parse(c.month()), c.figure(), c.before(), c.after(), c.by(), c.at()))
                .toList();
    }

    /** The figures of these offices (of those the user reads) month by month in [from, to]. */
    public KeyFigureValues values(Collection<String> officeIds, YearMonth from, YearMonth to) {
        Set<String> readable = accounts.readableOffices(staff());
        List<String> asked = officeIds.stream().filter(readable::contains).toList();
        if (asked.isEmpty()) {
            return new KeyFigureValues(Map.of());
        }
        Map<String, Map<YearMonth, Map<String, Double>>> byOffice = new LinkedHashMap<>();
        store.values(asked, from.toString(), to.toString()).forEach((office, months) -> {
            Map<YearMonth, Map<String, Double>> m = new LinkedHashMap<>();
            months.forEach((month, figures) -> m.put(YearMonth.parse(month), figures));
            byOffice.put(office, m);
        });
        return new KeyFigureValues(byOffice);
    }

    /** Whether the current user enters this office's figures. */
    public boolean mayEnter(String officeId) {
        User user = currentUser.require();
        return mayEnter(user, officeId);
    }

    /** The network whose list the office follows (the office itself when it has none). */
    public String networkOf(String officeId) {
        return accounts.office(officeId)
                .map(Office::networkId)
                .filter(n -> !n.isBlank())
                .orElse(officeId);
    }

    public YearMonth thisMonth() {
        return YearMonth.from(LocalDate.now(clock.withZone(PARIS)));
    }

    private Map<String, Double> parse(String officeId, YearMonth month, Map<String, String> typed) {
        Map<String, FrenchNumbers.Problem> problems = new LinkedHashMap<>();
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, KeyFigure> listed = new LinkedHashMap<>();
        figures(officeId).forEach(f -> listed.put(f.code(), f));
        typed.forEach((code, text) -> {
            KeyFigure figure = listed.get(code);
            if (figure == null) {
                throw new IllegalArgumentException("The office's network does not list the figure " + code);
            }
            try {
                Double value = FrenchNumbers.parse(
                        text, figure.kind() == KeyFigure.Kind.SCORE, figure.kind() == KeyFigure.Kind.SCORE);
                if (value != null) {
                    values.put(code, value);
                }
            } catch (FrenchNumbers.InvalidNumberException e) {
                problems.put(code, e.problem());
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidFiguresException(problems);
        }
        if (month.isAfter(thisMonth())) {
            throw new MonthToComeException(month);
        }
        return values;
    }

    private static List<ChangeDocument> changes(
            String officeId,
            YearMonth month,
            Map<String, Double> before,
            Map<String, Double> after,
            User user,
            Instant at) {
        Set<String> codes = new java.util.LinkedHashSet<>(before.keySet());
        codes.addAll(after.keySet());
        List<ChangeDocument> changes = new ArrayList<>();
        for (String code : codes) {
            Double was = before.get(code);
            Double is = after.get(code);
            if (!Objects.equals(was, is)) {
                changes.add(new ChangeDocument(
                        UUID.randomUUID().toString(), officeId, month.toString(), code, was, is, user.id(), at));
            }
        }
        return changes;
    }

    private static List<MonthDocument.ValueDocument> toValues(Map<String, Double> values) {
        return values.entrySet().stream()
                .map(e -> new MonthDocument.ValueDocument(e.getKey(), e.getValue()))
                .toList();
    }

    private User staff() {
        User user = currentUser.require();
        if (!user.isStaff()) {
            throw new AccessDeniedException("Key figures are for the team");
        }
        return user;
    }

    private User reader(String officeId) {
        User user = staff();
        if (!accounts.readableOffices(user).contains(officeId)) {
            throw new NotFoundException("Office " + officeId);
        }
        return user;
    }

    private User writer(String officeId) {
        User user = currentUser.require();
        if (!mayEnter(user, officeId)) {
            throw new AccessDeniedException("An office's figures are entered by its communication team");
        }
        return user;
    }

    private static boolean mayEnter(User user, String officeId) {
        return user.has(Role.ADMIN)
                || (user.has(Role.COMMUNICATION) && user.officeId().equals(officeId));
    }

    private static FigureList toList(FigureListDocument d) {
        return new FigureList(
                d.id(),
                d.figures().stream()
                        .map(f -> new KeyFigure(f.code(), f.label(), KeyFigure.Kind.valueOf(f.kind())))
                        .toList(),
                Documents.revision(d.seqNoPrimaryTerm()));
    }

    private static MonthFigures toMonth(MonthDocument d) {
        Map<String, Double> values = new LinkedHashMap<>();
        d.values().forEach(v -> values.put(v.figure(), v.value()));
        return new MonthFigures(
                d.officeId(),
                YearMonth.parse(d.month()),
                values,
                d.updatedBy(),
                d.updatedAt(),
                Documents.revision(d.seqNoPrimaryTerm()));
    }
}
