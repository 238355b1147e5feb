package io.rayonne.partners;

import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Role;
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
import io.rayonne.partners.internal.PartnerDocument;
import io.rayonne.partners.internal.PartnerStore;
import io.rayonne.search.Readers;
import io.rayonne.search.SearchEntry;
import io.rayonne.search.SearchIndex;
import io.rayonne.search.SearchResults;
import io.rayonne.search.SearchSource;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The partner directory. Read by the communication team of the offices of a network (every office
 * for an administrator), written by the partner's own office and administrators. A partner and its
 * contacts are saved together, over the version read.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Partners implements SearchSource, PersonalData {

    static final String TYPE = "partner";
    private static final int BATCH = 500;

    private final PartnerStore store;
    private final CurrentUser currentUser;
    private final Accounts accounts;
    private final SearchIndex search;
    private final Clock clock;

    Partners(PartnerStore store, CurrentUser currentUser, Accounts accounts, SearchIndex search, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.search = search;
        this.clock = clock;
    }

    // ---- reading

    public Partner get(String id) {
        Set<String> offices = readable(reader());
        return store.partner(id)
                .filter(d -> offices.contains(d.officeId()))
                .map(Partners::toPartner)
                .orElseThrow(() -> new NotFoundException("Partner " + id));
    }

    /** A page of the partners that match, by name. */
    public List<Partner> find(SegmentCriteria criteria, int page, int size) {
        return store.page(criteria, offices(criteria), page, size).stream()
                .map(Partners::toPartner)
                .toList();
    }

    /** How many partners and contacts match, and how many a bulletin would reach: counted by Elasticsearch. */
    public SegmentCount count(SegmentCriteria criteria) {
        return store.counts(criteria, offices(criteria));
    }

    /** Every contact that matches, with their partner, in batches read one after the other. */
    public void forEachRecipient(SegmentCriteria criteria, Consumer<Recipient> each) {
        store.forEach(criteria, offices(criteria), BATCH, batch -> {
            for (PartnerDocument d : batch) {
                Partner partner = toPartner(d);
                for (Contact contact : partner.contacts()) {
                    if (criteria.matches(contact)) {
                        each.accept(new Recipient(partner, contact));
                    }
                }
            }
        });
    }

    /**
     * The partners of these offices whose name appears in the text, as whole words, accents and
     * case aside ("l’Hôtel du Beffroi" names the Hôtel du Beffroi), in the order of the directory.
     * Names shorter than four letters are too common to count.
     */
    public List<Partner> namedIn(Set<String> officeIds, String text) {
        String folded = " " + Names.fold(text) + " ";
        List<Partner> named = new ArrayList<>();
        store.forEach(
                SegmentCriteria.everyone(),
                offices(SegmentCriteria.everyone().withOffices(officeIds)),
                BATCH,
                batch -> {
                    for (PartnerDocument d : batch) {
                        String name = Names.fold(d.name());
                        if (name.length() >= 4 && folded.contains(" " + name + " ")) {
                            named.add(toPartner(d));
                        }
                    }
                });
        return named;
    }

    /** The territories, cities or contacts' roles met among the partners one may read, to choose from. */
    public List<String> values(Field field) {
        return store.values(readable(reader()), field.path);
    }

    /** A field whose values are offered as choices. */
    public enum Field {
        TERRITORY("territory"),
        CITY("city"),
        ROLE("contacts.role");

        private final String path;

        Field(String path) {
            this.path = path;
        }
    }

    /** Whether the current user may write this office's partners. */
    public boolean mayWrite(String officeId) {
        return mayWrite(currentUser.require(), officeId);
    }

    // ---- writing

    @Audited(value = "partner.created", subject = "#result.id()", label = "#result.name()")
    public Partner create(Partner.Draft draft) {
        return create(newId(draft.name()), draft);
    }

    /**
     * A new partner under the id of {@link #newId}. If an earlier try of the same save wrote it (its
     * answer lost), that partner is completed (its search entry) and given these details: the same
     * partner, not a second one nor a "likely duplicate" of itself.
     *
     * @throws AlreadyExistsException the id is a partner someone else saved
     */
    @Audited(value = "partner.created", subject = "#result.id()", label = "#result.name()")
    public Partner create(String id, Partner.Draft draft) {
        User user = writer(draft.officeId());
        Optional<PartnerDocument> earlier = store.partner(id);
        if (earlier.isPresent()) {
            return completeEarlierTry(toPartner(earlier.get()), user, draft);
        }
        validate(draft, null);
        if (!store.create(toDocument(id, draft, null, user.id(), null))) {
            return completeEarlierTry(get(id), user, draft);
        }
        return indexed(toPartner(store.partner(id).orElseThrow()));
    }

    private Partner completeEarlierTry(Partner earlier, User user, Partner.Draft draft) {
        if (!earlier.updatedBy().equals(user.id()) || !earlier.officeId().equals(draft.officeId())) {
            throw new AlreadyExistsException("Partner " + earlier.id());
        }
        indexed(earlier);
        // The form's new contacts have no id yet: they are the earlier try's, row for row.
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < draft.contacts().size(); i++) {
            Contact c = draft.contacts().get(i);
            contacts.add(
                    c.id().isBlank() && i < earlier.contacts().size()
                            ? c.withId(earlier.contacts().get(i).id())
                            : c);
        }
        return update(earlier.id(), earlier.revision(), draft.withContacts(contacts));
    }

    /** New details over the version read; a partner moved to another office needs writers of both. */
    @Audited(value = "partner.updated", subject = "#id", label = "#result.name()")
    public Partner update(String id, Revision read, Partner.Draft draft) {
        Partner current = get(id);
        User user = writer(current.officeId());
        writer(draft.officeId());
        validate(draft, current);
        PartnerDocument saved = store.save(toDocument(id, draft, current, user.id(), read), () -> get(id));
        return indexed(toPartner(saved));
    }

    @Audited(value = "partner.deleted", subject = "#id")
    public void delete(String id) {
        Partner current = get(id);
        writer(current.officeId());
        store.delete(id);
        search.remove(TYPE, id);
    }

    /** Adds a partner with a known id unless it exists (sample content). */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean importPartner(String id, Partner.Draft draft) {
        validate(draft, null);
        if (!store.create(toDocument(id, draft, null, SystemUser.NAME, null))) {
            return false;
        }
        indexed(toPartner(store.partner(id).orElseThrow()));
        return true;
    }

    // ---- subscriptions changed by the contact or by the mail module

    /**
     * Changes one contact's subscription as they asked through a signed link, or as the mail module
     * decided; read again and retried over a save made meanwhile, so that nothing else is lost.
     * Returns the contact and partner as saved, or empty if either no longer exists.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<Recipient> changeSubscription(
            String partnerId, String contactId, java.util.function.UnaryOperator<Subscription> change) {
        for (int attempt = 0; ; attempt++) {
            Optional<PartnerDocument> stored = store.partner(partnerId);
            if (stored.isEmpty()) {
                return Optional.empty();
            }
            Partner current = toPartner(stored.get());
            Contact contact = current.contacts().stream()
                    .filter(c -> c.id().equals(contactId))
                    .findFirst()
                    .orElse(null);
            if (contact == null) {
                return Optional.empty();
            }
            Subscription next = change.apply(contact.subscription());
            if (next.equals(contact.subscription())) {
                return Optional.of(new Recipient(current, contact));
            }
            List<Contact> contacts = current.contacts().stream()
                    .map(c -> c.id().equals(contactId)
                            ? new Contact(
                                    c.id(),
                                    c.firstName(),
                                    c.lastName(),
                                    c.role(),
                                    c.email(),
                                    c.phone(),
                                    c.language(),
                                    next)
                            : c)
                    .toList();
            try {
                PartnerDocument saved = store.save(
                        toDocument(
                                partnerId,
                                current.draft().withContacts(contacts),
                                current,
                                SystemUser.NAME,
                                current.revision()),
                        () -> get(partnerId));
                Partner partner = indexed(toPartner(saved));
                return partner.contacts().stream()
                        .filter(c -> c.id().equals(contactId))
                        .findFirst()
                        .map(c -> new Recipient(partner, c));
            } catch (io.rayonne.base.StaleEditException e) {
                if (attempt >= 5) {
                    throw e;
                }
            }
        }
    }

    /** Every contact with this address, in any office, no longer written to (the mail module's decision). */
    @PreAuthorize("hasRole('ADMIN')")
    public int suppressEverywhere(String email) {
        String folded = Names.foldEmail(email);
        int changed = 0;
        for (PartnerDocument d : store.withEmail(folded)) {
            for (var c : d.contacts()) {
                if (folded.equals(c.emailFolded())
                        && !SubscriptionState.SUPPRESSED.name().equals(c.state())) {
                    changeSubscription(d.id(), c.id(), s -> s.withState(SubscriptionState.SUPPRESSED, clock.instant()));
                    changed++;
                }
            }
        }
        return changed;
    }

    // ---- personal data

    /** The contacts with this address, in every office, with their subscription and its legal basis. */
    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public List<PersonalData.Held> heldOn(String email) {
        String folded = Names.foldEmail(email);
        List<PersonalData.Held> held = new ArrayList<>();
        for (PartnerDocument d : store.withEmail(folded)) {
            Partner partner = toPartner(d);
            for (Contact c : partner.contacts()) {
                if (folded.equals(Names.foldEmail(c.email()))) {
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("partner", partner.name());
                    data.put("partnerId", partner.id());
                    data.put("office", partner.officeId());
                    data.put("firstName", c.firstName());
                    data.put("lastName", c.lastName());
                    data.put("role", c.role());
                    data.put("email", c.email());
                    data.put("phone", c.phone());
                    data.put("language", c.language());
                    data.put("subscription", c.subscription().state().name());
                    data.put("legalBasis", c.subscription().basis().name());
                    data.put("source", c.subscription().source());
                    data.put("since", String.valueOf(c.subscription().since()));
                    data.put("declinedBulletins", List.copyOf(c.subscription().declined()));
                    held.add(new PersonalData.Held(
                            "partner-contact", partner.id() + "/" + c.id(), partner.name(), data));
                }
            }
        }
        return held;
    }

    /** Contacts unsubscribed or blocked before {@code before}: the office has no reason left to keep them. */
    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public List<PersonalData.Held> inactiveSince(java.time.Instant before) {
        List<PersonalData.Held> held = new ArrayList<>();
        for (PartnerDocument d : store.withContactsGoneBefore(before)) {
            Partner partner = toPartner(d);
            for (Contact c : partner.contacts()) {
                Subscription s = c.subscription();
                if (s.state() != SubscriptionState.SUBSCRIBED
                        && s.changedAt() != null
                        && s.changedAt().isBefore(before)
                        && !c.email().isBlank()) {
                    held.add(new PersonalData.Held(
                            "partner-contact",
                            partner.id() + "/" + c.id(),
                            c.displayName() + " (" + partner.name() + ")",
                            Map.of(
                                    "email",
                                    c.email(),
                                    "lastActivity",
                                    s.changedAt().toString(),
                                    "state",
                                    s.state().name())));
                }
            }
        }
        return held;
    }

    /** Takes the contacts with this address out of their partners (the partners stay). */
    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public int erase(String email) {
        String folded = Names.foldEmail(email);
        int erased = 0;
        for (PartnerDocument d : store.withEmail(folded)) {
            Partner current = toPartner(d);
            List<Contact> kept = current.contacts().stream()
                    .filter(c -> !folded.equals(Names.foldEmail(c.email())))
                    .toList();
            erased += current.contacts().size() - kept.size();
            PartnerDocument saved = store.save(
                    toDocument(
                            current.id(),
                            current.draft().withContacts(kept),
                            current,
                            SystemUser.NAME,
                            current.revision()),
                    () -> get(current.id()));
            indexed(toPartner(saved));
        }
        return erased;
    }

    // ---- rules

    private User reader() {
        User user = currentUser.require();
        if (!user.has(Role.ADMIN) && !user.has(Role.COMMUNICATION)) {
            throw new AccessDeniedException("The partner directory is for the communication team");
        }
        return user;
    }

    private User writer(String officeId) {
        User user = reader();
        if (!mayWrite(user, officeId)) {
            throw new AccessDeniedException("Partners are written by their office's team");
        }
        return user;
    }

    private static boolean mayWrite(User user, String officeId) {
        return user.has(Role.ADMIN)
                || (user.has(Role.COMMUNICATION) && user.officeId().equals(officeId));
    }

    private Set<String> readable(User user) {
        return accounts.readableOffices(user);
    }

    /** The offices asked for among those the user reads (all of those when none is chosen). */
    private Set<String> offices(SegmentCriteria criteria) {
        Set<String> readable = readable(reader());
        Set<String> asked = criteria.officeIds().isEmpty() ? readable : new HashSet<>(criteria.officeIds());
        asked.retainAll(readable);
        return asked.isEmpty() ? Set.of("") : asked;
    }

    /**
     * What a save may not do: be invalid, or put a contact back on the list that the mail module
     * suppressed (a bounce, a complaint: only the email screen lifts that).
     */
    void validate(Partner.Draft draft, @Nullable Partner current) {
        List<Partner.Problem> problems = problems(draft, current);
        if (!problems.isEmpty()) {
            throw new InvalidPartnerException(problems);
        }
    }

    static List<Partner.Problem> problems(Partner.Draft draft, @Nullable Partner current) {
        List<Partner.Problem> problems = new ArrayList<>(draft.problems());
        Map<String, Contact> before =
                current == null ? Map.of() : current.contacts().stream().collect(Collectors.toMap(Contact::id, c -> c));
        for (Contact c : draft.contacts()) {
            Contact was = before.get(c.id());
            boolean wasSuppressed = was != null && was.subscription().state() == SubscriptionState.SUPPRESSED;
            if (c.subscription().state() == SubscriptionState.SUPPRESSED && !wasSuppressed) {
                problems.add(Partner.Problem.of("partners.error.suppressed-by-mail", c.displayName()));
            }
        }
        return problems;
    }

    /**
     * The id a new partner will have. The editor asks for it at the first try of a save and keeps it
     * until a try is answered, so that a try whose answer was lost is completed by the next one,
     * never doubled (decision 13).
     */
    public static String newId(String name) {
        return Slugs.unique(name);
    }

    /** The document of a partner checked by the caller ({@link #validate}): contact ids given, changes dated. */
    PartnerDocument toDocument(
            String id, Partner.Draft d, @Nullable Partner current, String by, @Nullable Revision read) {
        Instant now = clock.instant();
        Map<String, Contact> before =
                current == null ? Map.of() : current.contacts().stream().collect(Collectors.toMap(Contact::id, c -> c));
        List<PartnerDocument.ContactDocument> contacts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Contact c : d.contacts()) {
            String contactId = c.id().isBlank() || !ids.add(c.id())
                    ? UUID.randomUUID().toString().substring(0, 8)
                    : c.id();
            ids.add(contactId);
            Contact was = before.get(contactId);
            Subscription s = c.subscription();
            boolean changed = was == null || was.subscription().state() != s.state();
            Instant changedAt = changed ? now : Objects.requireNonNullElse(s.changedAt(), now);
            contacts.add(new PartnerDocument.ContactDocument(
                    contactId,
                    c.firstName(),
                    c.lastName(),
                    c.role(),
                    c.email(),
                    c.email().isEmpty() ? "" : Names.foldEmail(c.email()),
                    c.phone(),
                    c.language(),
                    s.state().name(),
                    s.basis().name(),
                    s.source(),
                    s.since(),
                    changedAt,
                    List.copyOf(s.declined())));
        }
        return new PartnerDocument(
                id,
                d.officeId(),
                d.name(),
                Names.fold(d.name()),
                d.sector().name(),
                d.territory(),
                d.street(),
                d.postalCode(),
                d.city(),
                d.membership().name(),
                d.membershipYear(),
                d.apidaeId(),
                d.website(),
                d.phone(),
                d.notes(),
                contacts,
                d.illustrations().stream()
                        .map(i -> new PartnerDocument.IllustrationDocument(i.url(), i.credit()))
                        .toList(),
                now,
                by,
                Documents.seqNoPrimaryTerm(read));
    }

    static Partner toPartner(PartnerDocument d) {
        return new Partner(
                d.id(),
                d.officeId(),
                d.name(),
                Sector.valueOf(d.sector()),
                d.territory(),
                d.street(),
                d.postalCode(),
                d.city(),
                Membership.valueOf(d.membership()),
                d.membershipYear(),
                d.apidaeId(),
                d.website(),
                d.phone(),
                d.notes(),
                Objects.requireNonNullElse(d.contacts(), List.<PartnerDocument.ContactDocument>of()).stream()
                        .map(c -> new Contact(
                                c.id(),
                                c.firstName(),
                                c.lastName(),
                                c.role(),
                                c.email(),
                                c.phone(),
                                c.language(),
                                new Subscription(
                                        SubscriptionState.valueOf(c.state()),
                                        LegalBasis.valueOf(c.basis()),
                                        c.source(),
                                        c.since(),
                                        c.changedAt(),
                                        Set.copyOf(Objects.requireNonNullElse(c.declined(), List.of())))))
                        .toList(),
                Objects.requireNonNullElse(d.illustrations(), List.<PartnerDocument.IllustrationDocument>of()).stream()
                        .map(i -> new Partner.Illustration(i.url(), i.credit()))
                        .toList(),
                d.updatedAt(),
                d.updatedBy(),
                Documents.revision(d.seqNoPrimaryTerm()));
    }

    // ---- search SPI

    Partner indexed(Partner partner) {
        search.put(entry(partner));
        return partner;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Stream<SearchEntry> entries() {
        List<SearchEntry> entries = new ArrayList<>();
        store.forEach(
                SegmentCriteria.everyone(),
                officeIds(),
                BATCH,
                batch -> batch.forEach(d -> entries.add(entry(toPartner(d)))));
        return entries.stream();
    }

    private Set<String> officeIds() {
        return accounts.offices().stream().map(io.rayonne.accounts.Office::id).collect(Collectors.toSet());
    }

    static SearchEntry entry(Partner p) {
        Map<String, Set<String>> facets = new HashMap<>();
        facets.put(SearchResults.SECTOR, Set.of(p.sector().name()));
        if (!p.territory().isEmpty()) {
            facets.put(SearchResults.TERRITORY, Set.of(p.territory()));
        }
        String people = p.contacts().stream()
                .map(c -> Stream.of(c.displayName(), c.role())
                        .filter(s -> !s.isBlank())
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining(" ; "));
        String body = Stream.of(p.address(), people, p.notes())
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining(" · "));
        return new SearchEntry(
                TYPE,
                p.id(),
                p.name(),
                body,
                p.officeId(),
                p.membership().name().toLowerCase(java.util.Locale.ROOT),
                p.updatedAt(),
                "partenaires/" + p.id(),
                Set.of(Readers.role(Role.COMMUNICATION), Readers.role(Role.ADMIN)),
                facets);
    }
}
