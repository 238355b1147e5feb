package io.rayonne.press;

import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Office;
import io.rayonne.accounts.User;
import io.rayonne.base.Audited;
import io.rayonne.base.Revision;
import io.rayonne.base.StaleEditException;
import io.rayonne.mail.Address;
import io.rayonne.mail.Delivery;
import io.rayonne.mail.Mail;
import io.rayonne.mail.MailMessage;
import io.rayonne.mail.MailRenderer;
import io.rayonne.mail.MailSettings;
import io.rayonne.press.internal.PressStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Emails a visit's programme to its hosting partners and co-organisers, the departmental committee
 * in copy where it co-organises. The message id comes from the visit's revision: sending the same
 * version twice (a double click, a retry) hands over one message, which the mail module sends once.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ProgrammeMails {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H' h 'mm", FRENCH);

    /**
     * Someone the programme can be sent to.
     *
     * @param what what they do in the visit, in French: "Dîner · Le Quai" or "Comité départemental"
     * @param inCopy in copy by default (the departmental committee)
     */
    public record Recipient(String email, String name, String what, boolean inCopy) {}

    private final PressVisits visits;
    private final PressStore contacts;
    private final Accounts accounts;
    private final CurrentUser currentUser;
    private final Mail mail;
    private final MailRenderer renderer;
    private final MailSettings settings;
    private final Clock clock;

    ProgrammeMails(
            PressVisits visits,
            PressStore contacts,
            Accounts accounts,
            CurrentUser currentUser,
            Mail mail,
            MailRenderer renderer,
            MailSettings settings,
            Clock clock) {
        this.visits = visits;
        this.contacts = contacts;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.mail = mail;
        this.renderer = renderer;
        this.settings = settings;
        this.clock = clock;
    }

    /** The visit's hosting partners and co-organisers who have an email, each address once. */
    public List<Recipient> recipients(PressVisit visit) {
        Map<String, Recipient> byEmail = new LinkedHashMap<>();
        for (CoOrganiser c : visit.coOrganisers()) {
            if (!c.email().isEmpty()) {
                String who = c.contact().isEmpty() ? c.name() : c.contact() + " · " + c.name();
                byEmail.putIfAbsent(key(c.email()), new Recipient(c.email(), who, label(c.kind()), c.inCopy()));
            }
        }
        for (ProgrammeItem i : visit.programme()) {
            if (!i.email().isEmpty()) {
                String what = DAY.format(i.date()) + " · " + i.title();
                byEmail.merge(
                        key(i.email()),
                        new Recipient(i.email(), i.partner().isEmpty() ? i.email() : i.partner(), what, false),
                        (a, b) -> new Recipient(a.email(), a.name(), a.what() + " ; " + b.what(), a.inCopy()));
            }
        }
        return List.copyOf(byEmail.values());
    }

    /** The email as it will be sent: HTML, text and preview line. */
    public MailRenderer.Rendered render(PressVisit visit) {
        User user = currentUser.require();
        String office = accounts.office(visit.officeId()).map(Office::name).orElse(visit.officeId());
        List<MailRenderer.Block> days = new ArrayList<>();
        for (LocalDate day : visit.days()) {
            List<MailRenderer.Block> items = visit.programme().stream()
                    .filter(i -> i.date().equals(day))
                    .map(ProgrammeMails::item)
                    .toList();
            if (!items.isEmpty()) {
                days.add(new MailRenderer.Block(
                        "press-visit-day", Map.of("day", capitalised(DAY.format(day))), Map.of("items", items)));
            }
        }
        String guests = Stream.concat(
                        visit.journalistIds().stream().map(id -> contacts.journalist(id)
                                .map(j -> j.name())
                                .orElse(null)),
                        visit.outletIds().stream()
                                .map(id ->
                                        contacts.outlet(id).map(o -> o.name()).orElse(null)))
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        String organisers = visit.coOrganisers().isEmpty()
                ? ""
                : "Coorganisé avec : "
                        + visit.coOrganisers().stream().map(CoOrganiser::name).collect(Collectors.joining(", "));
        String contact = user.displayName() + (user.email() == null ? "" : " (" + user.email() + ")");
        Map<String, String> values = Map.of(
                "office",
                office,
                "subject",
                visit.subject(),
                "dates",
                dates(visit),
                "guests",
                guests.isEmpty() ? "" : "Avec " + guests,
                "angle",
                visit.angle(),
                "organisers",
                organisers,
                "contact",
                contact);
        return renderer.render(
                new MailRenderer.Block("press-visit-programme", values, Map.of("days", days)),
                "Programme de l’accueil presse · " + dates(visit));
    }

    /**
     * Sends the programme of the visit as read at {@code read}. Handed the same version again, it
     * sends nothing more and gives the first outcome; a visit changed since is refused as stale.
     */
    @Audited(value = "press-visit.programme-sent", subject = "#visitId", label = "T(java.lang.String).join(', ', #to)")
    public ProgrammeSend send(String visitId, @Nullable Revision read, Collection<String> to, Collection<String> cc) {
        PressVisit visit = visits.get(visitId);
        User user = visits.writer(visit);
        String messageId =
                "press-visit-" + visitId + "-" + (read == null ? "0" : read.seqNo() + "-" + read.primaryTerm());
        for (ProgrammeSend earlier : visit.sends()) {
            if (earlier.messageId().equals(messageId)) {
                return earlier;
            }
        }
        if (!Objects.equals(visit.revision(), read)) {
            throw new StaleEditException(visit);
        }
        List<PressVisit.Problem> problems = new ArrayList<>();
        if (visit.programme().isEmpty()) {
            problems.add(PressVisit.Problem.of("press.error.programme-empty"));
        }
        if (to.isEmpty()) {
            problems.add(PressVisit.Problem.of("press.error.no-recipient"));
        }
        Map<String, Recipient> known =
                recipients(visit).stream().collect(Collectors.toMap(r -> key(r.email()), r -> r, (a, b) -> a));
        if (!Stream.concat(to.stream(), cc.stream()).allMatch(e -> known.containsKey(key(e)))) {
            problems.add(PressVisit.Problem.of("press.error.recipient-unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidVisitException(problems);
        }
        MailRenderer.Rendered email = render(visit);
        String office = accounts.office(visit.officeId()).map(Office::name).orElse("Rayonne");
        Set<String> copied = cc.stream().map(ProgrammeMails::key).collect(Collectors.toSet());
        List<String> addressees =
                to.stream().filter(e -> !copied.contains(key(e))).toList();
        var message = new MailMessage(
                messageId,
                new Address(settings.fromEmail(), office + " via Rayonne"),
                addressees.stream()
                        .map(e -> new Address(e, known.get(key(e)).name()))
                        .toList(),
                cc.stream().map(e -> new Address(e, known.get(key(e)).name())).toList(),
                user.email() == null ? null : new Address(user.email(), user.displayName()),
                "Accueil presse : " + visit.subject() + " · " + dates(visit),
                email.html(),
                email.text(),
                Map.of(),
                List.of(),
                null);
        Delivery delivery = mail.send(message);
        var send = new ProgrammeSend(
                // stored to the millisecond: what is returned now equals what is read later
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                user.id(),
                messageId,
                addressees,
                List.copyOf(cc),
                delivery.status().name(),
                delivery.reason());
        visits.recordSend(visitId, send);
        return send;
    }

    private static MailRenderer.Block item(ProgrammeItem i) {
        return MailRenderer.Block.of(
                "press-visit-item",
                Map.of(
                        "time",
                        i.time() == null ? "" : TIME.format(i.time()),
                        "kind",
                        KINDS.get(i.kind()),
                        "title",
                        i.title(),
                        "partner",
                        i.partner(),
                        "address",
                        i.address().isEmpty() ? "" : (i.partner().isEmpty() ? "" : ", ") + i.address(),
                        "offered",
                        i.offered() ? "Offert par le partenaire" : "Pris en charge par l’office"));
    }

    private static final Map<ProgrammeItem.Kind, String> KINDS = Map.of(
            ProgrammeItem.Kind.VISIT, "Visite",
            ProgrammeItem.Kind.MEAL, "Repas",
            ProgrammeItem.Kind.NIGHT, "Nuit",
            ProgrammeItem.Kind.TRANSPORT, "Trajet",
            ProgrammeItem.Kind.OTHER, "Rendez-vous");

    private static String label(CoOrganiser.Kind kind) {
        return switch (kind) {
            case CDT -> "Comité départemental du tourisme (en copie)";
            case CRT -> "Comité régional du tourisme";
            case OFFICE -> "Office de tourisme coorganisateur";
            case OTHER -> "Coorganisateur";
        };
    }

    static String dates(PressVisit v) {
        if (v.start() == null) {
            return "dates à fixer";
        }
        if (v.end() == null || v.end().equals(v.start())) {
            return "le " + DAY.format(v.start());
        }
        return "du " + DAY.format(v.start()) + " au " + DAY.format(v.end());
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
