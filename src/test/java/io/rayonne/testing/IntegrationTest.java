package io.rayonne.testing;

import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.NewUser;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.SystemUser;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base of tests that call Rayonne's services against the real Elasticsearch. Tests create their own
 * data with unique names, so they do not depend on each other or on the sample content.
 */
public abstract class IntegrationTest extends RayonneTest {

    /** Runs the work as the given sample user with the given roles (services check access). */
    protected static <T> T as(String login, Supplier<T> work, Role... roles) {
        signIn(login, roles);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The given user with the given roles, for the rest of the test. */
    protected static void signIn(String login, Role... roles) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                login,
                null,
                Arrays.stream(roles)
                        .map(r -> new SimpleGrantedAuthority(r.authority()))
                        .toList()));
        SecurityContextHolder.setContext(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Autowired
    private Accounts testAccounts;

    /** A new guide of the Amiens office, with no work yet, for tests of what guides may not see. */
    protected String newGuide() {
        return newUser("amiens-metropole", Role.GUIDE);
    }

    /** A new user of the given office with the given roles; returns the login. */
    protected String newUser(String officeId, Role... roles) {
        String login = unique(roles[0].name()).toLowerCase(Locale.ROOT);
        SystemUser.run(() -> testAccounts.register(
                new NewUser(
                        login,
                        "Test " + roles[0].name().toLowerCase(Locale.ROOT),
                        login + "@test.rayonne.example",
                        officeId,
                        Set.of(roles),
                        Locale.FRENCH),
                "mot-de-passe-long"));
        return login;
    }

    protected static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }
}
