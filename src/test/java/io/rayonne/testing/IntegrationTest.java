package io.rayonne.testing;

import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.NewUser;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.SystemUser;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of tests that call Rayonne's services against the real Elasticsearch. Tests create their own
 * data with unique names, so they do not depend on each other or on the sample content.
 */
public abstract class IntegrationTest extends RayonneTest {

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
