package io.rayonne.accounts;

import io.rayonne.accounts.internal.AccountStore;
import io.rayonne.accounts.internal.NetworkDocument;
import io.rayonne.accounts.internal.OfficeDocument;
import io.rayonne.accounts.internal.UserDocument;
import io.rayonne.base.AlreadyExistsException;
import io.rayonne.base.Audited;
import io.rayonne.base.NotFoundException;
import io.rayonne.base.PersonalData;
import io.rayonne.base.Slugs;
import io.rayonne.base.elasticsearch.Documents;
import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Users, offices and networks. Access is checked here, not only by hiding menu items. */
@Service
public class Accounts implements PersonalData {

    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountStore store;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Accounts(AccountStore store, PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    // ---- users

    /** Any signed-in user may look up a colleague (names on content, review lists). */
    @PreAuthorize("isAuthenticated()")
    public Optional<User> user(String id) {
        return store.user(id).map(Accounts::toUser);
    }

    @RolesAllowed("ADMIN")
    public List<User> users() {
        return store.users().stream().map(Accounts::toUser).toList();
    }

    /** The active members of an office, for its page: every signed-in user may see their colleagues. */
    @PreAuthorize("isAuthenticated()")
    public List<User> team(String officeId) {
        return store.users().stream()
                .filter(u -> u.officeId().equals(officeId) && u.active())
                .map(Accounts::toUser)
                .toList();
    }

    /** Creates a user with a generated password, returned once to be handed over. */
    @RolesAllowed("ADMIN")
    @Audited(value = "user.created", subject = "#user.login()", label = "#user.displayName()")
    public String createUser(NewUser user) {
        String password = generatePassword();
        register(user, password);
        return password;
    }

    /** Creates a user with the given password; for first start and sample content, not for screens. */
    public User register(NewUser user, String password) {
        String login = normalizeLogin(user.login());
        if (SystemUser.NAME.equals(login)) {
            // The name Rayonne acts under by itself: nobody signs in as it.
            throw new LoginTakenException(login);
        }
        requireOffice(user.officeId());
        UserDocument document = new UserDocument(
                login,
                user.displayName().strip(),
                blankToNull(user.email()),
                user.officeId(),
                user.roles().stream().map(Role::name).sorted().toList(),
                true,
                user.locale().toLanguageTag(),
                passwords.encode(password),
                clock.instant(),
                null);
        if (!store.createUser(document)) {
            throw new LoginTakenException(login);
        }
        User created = store.user(login).map(Accounts::toUser).orElseThrow();
        events.publishEvent(new UserSaved(created));
        return created;
    }

    /** Saves name, email, office, roles and active flag, at the revision the admin read. */
    @RolesAllowed("ADMIN")
    @Audited(value = "user.updated", subject = "#edited.id()", label = "#result.displayName()")
    public User updateUser(User edited) {
        requireOffice(edited.officeId());
        UserDocument stored = store.user(edited.id()).orElseThrow(() -> new NotFoundException("User " + edited.id()));
        UserDocument changed = new UserDocument(
                stored.id(),
                edited.displayName().strip(),
                blankToNull(edited.email()),
                edited.officeId(),
                edited.roles().stream().map(Role::name).sorted().toList(),
                edited.active(),
                stored.locale(),
                stored.passwordHash(),
                stored.createdAt(),
                Documents.seqNoPrimaryTerm(edited.revision()));
        User saved = toUser(store.saveUser(changed));
        events.publishEvent(new UserSaved(saved));
        return saved;
    }

    /** The accounts with this address: login, name, office, roles, language, since when (no password). */
    @Override
    @RolesAllowed("ADMIN")
    public List<PersonalData.Held> heldOn(String email) {
        return withEmail(email).stream()
                .map(u -> {
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("login", u.id());
                    data.put("displayName", u.displayName());
                    data.put("email", u.email());
                    data.put("office", u.officeId());
                    data.put("roles", u.roles());
                    data.put("active", u.active());
                    data.put("language", u.locale());
                    data.put("createdAt", u.createdAt().toString());
                    return new PersonalData.Held("user", u.id(), u.displayName(), data);
                })
                .toList();
    }

    /**
     * Closes the accounts with this address and blanks their name and address. The login stays, as
     * the pseudonym their past work (posts, comments, the audit log) is signed with.
     */
    @Override
    @RolesAllowed("ADMIN")
    public int erase(String email) {
        int erased = 0;
        for (UserDocument u : withEmail(email)) {
            UserDocument closed = new UserDocument(
                    u.id(),
                    ERASED_NAME,
                    null,
                    u.officeId(),
                    u.roles(),
                    false,
                    u.locale(),
                    passwords.encode(generatePassword()),
                    u.createdAt(),
                    u.seqNoPrimaryTerm());
            events.publishEvent(new UserSaved(toUser(store.saveUser(closed))));
            erased++;
        }
        return erased;
    }

    static final String ERASED_NAME = "Compte effacé";

    private List<UserDocument> withEmail(String email) {
        String wanted = email.strip();
        return store.users().stream()
                .filter(u -> u.email() != null && u.email().strip().equalsIgnoreCase(wanted))
                .toList();
    }

    /** Sets a new generated password and returns it, once. */
    @RolesAllowed("ADMIN")
    @Audited(value = "user.password-reset", subject = "#userId")
    public String resetPassword(String userId) {
        String password = generatePassword();
        UserDocument stored = store.user(userId).orElseThrow(() -> new NotFoundException("User " + userId));
        store.saveUser(stored.withPasswordHash(passwords.encode(password)));
        return password;
    }

    /** The signed-in user's own language choice. */
    @PreAuthorize("isAuthenticated() and #userId == authentication.name")
    public void changeLanguage(String userId, Locale locale) {
        UserDocument u = store.user(userId).orElseThrow(() -> new NotFoundException("User " + userId));
        store.saveUser(u.withLocale(locale.toLanguageTag()));
    }

    /** Whether anyone can sign in yet: an empty store gets sample content, if enabled. */
    public boolean anyUser() {
        return store.anyUser();
    }

    public boolean loginExists(String login) {
        return SystemUser.NAME.equals(normalizeLogin(login))
                || store.user(normalizeLogin(login)).isPresent();
    }

    // ---- offices and networks (readable by everyone signed in: offices appear on all content)

    public List<Office> offices() {
        return store.offices().stream().map(Accounts::toOffice).toList();
    }

    public Optional<Office> office(String id) {
        return store.office(id).map(Accounts::toOffice);
    }

    /** The offices of this office's network, itself included (only itself when it has no network). */
    public List<Office> networkOf(String officeId) {
        List<Office> all = offices();
        String network = all.stream()
                .filter(o -> o.id().equals(officeId))
                .map(Office::networkId)
                .findFirst()
                .orElse(null);
        return all.stream()
                .filter(o -> o.id().equals(officeId)
                        || (network != null && o.networkId().equals(network)))
                .toList();
    }

    /** The offices whose work a person reads: every office for an administrator, their network's otherwise. */
    public java.util.Set<String> readableOffices(User user) {
        List<Office> offices = user.has(Role.ADMIN) ? offices() : networkOf(user.officeId());
        return offices.stream().map(Office::id).collect(java.util.stream.Collectors.toSet());
    }

    public List<Network> networks() {
        return store.networks().stream().map(n -> new Network(n.id(), n.name())).toList();
    }

    /** Creates the office unless one with this id exists; returns whether it was created. */
    public boolean registerOffice(Office office) {
        boolean created = store.createOffice(new OfficeDocument(
                office.id(), office.name(), office.networkId(), office.territory(), office.city(), null));
        if (created) {
            events.publishEvent(new OfficeSaved(office));
        }
        return created;
    }

    public boolean registerNetwork(Network network) {
        return store.createNetwork(new NetworkDocument(network.id(), network.name(), null));
    }

    /** A new office of a network; its id comes from its name. */
    @RolesAllowed("ADMIN")
    @Audited(value = "office.created", subject = "#result.id()", label = "#result.name()")
    public Office createOffice(
            String name,
            String networkId,
            @org.jspecify.annotations.Nullable String territory,
            @org.jspecify.annotations.Nullable String city) {
        if (networks().stream().noneMatch(n -> n.id().equals(networkId))) {
            throw new NotFoundException("Network " + networkId);
        }
        Office office = new Office(Slugs.of(name), name.strip(), networkId, blankToNull(territory), blankToNull(city));
        if (!registerOffice(office)) {
            throw new AlreadyExistsException("Office " + office.id());
        }
        return office;
    }

    public static String normalizeLogin(String login) {
        String normalized = login.strip().toLowerCase(Locale.ROOT);
        if (!normalized.matches("[a-z0-9][a-z0-9._@-]{1,63}")) {
            throw new IllegalArgumentException("Invalid login: " + login);
        }
        return normalized;
    }

    private void requireOffice(String officeId) {
        if (store.office(officeId).isEmpty()) {
            throw new NotFoundException("Office " + officeId);
        }
    }

    static User toUser(UserDocument d) {
        Set<Role> roles = d.roles().stream().map(Role::valueOf).collect(Collectors.toSet());
        return new User(
                d.id(),
                d.displayName(),
                d.email(),
                d.officeId(),
                roles,
                d.active(),
                Locale.forLanguageTag(d.locale()),
                Documents.revision(d.seqNoPrimaryTerm()));
    }

    private static Office toOffice(OfficeDocument d) {
        return new Office(d.id(), d.name(), d.networkId(), d.territory(), d.city());
    }

    private static String generatePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private static @org.jspecify.annotations.Nullable String blankToNull(@org.jspecify.annotations.Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
