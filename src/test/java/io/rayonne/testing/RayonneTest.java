package io.rayonne.testing;

import io.rayonne.Application;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one application context of the test run (integration and browser tests share it): the real
 * Elasticsearch of {@link TestElasticsearch}, the sample content, a known admin password, a clock
 * tests may set ({@link TestClock}).
 */
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.context.annotation.Import(TestClock.Configuration.class)
public abstract class RayonneTest {

    public static final String ADMIN_PASSWORD = "admin-test-password";
    /** The backups' media copies of the test run (the snapshots go to the test node's repository). */
    public static final java.nio.file.Path BACKUPS = java.nio.file.Path.of("target/test-backups");

    public static final String DEMO_PASSWORD = "rayonne-demo";
    public static final String WEBHOOK_USER = "mailjet";
    public static final String WEBHOOK_PASSWORD = "webhook-test-secret";

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        registry.add("rayonne.elasticsearch.url", () -> TestElasticsearch.url().toString());
        registry.add("rayonne.admin.password", () -> ADMIN_PASSWORD);
        registry.add("vaadin.launch-browser", () -> "false");
        registry.add("rayonne.media.directory", () -> "target/test-media");
        registry.add("rayonne.newsletter.key-file", () -> "target/test-newsletter.key");
        // Sent bulletins resume quickly after a simulated crash; the scheduler looks often.
        registry.add("rayonne.newsletter.lease", () -> "3s");
        registry.add("rayonne.newsletter.tick", () -> "300ms");
        registry.add("rayonne.newsletter.retry-after", () -> "1s");
        // A context without Mailjet would put other tests' campaigns in its outbox: it sends none.
        // (A subclass cannot override a property registered here, so it sets rayonne.test.sends.)
        registry.add("rayonne.newsletter.sending", () -> "${rayonne.test.sends:false}");
        registry.add("rayonne.mail.webhook.username", () -> WEBHOOK_USER);
        registry.add("rayonne.mail.webhook.password", () -> WEBHOOK_PASSWORD);
        registry.add("rayonne.backups.directory", () -> BACKUPS.toString());
        registry.add(
                "rayonne.backups.repository-location",
                () -> TestElasticsearch.SNAPSHOTS.toAbsolutePath().toString());
        registry.add("rayonne.backups.cron", () -> "-");
        // Spring Boot's tests turn metrics exporters off; the scrape endpoint is part of Rayonne.
        registry.add("management.prometheus.metrics.export.enabled", () -> "true");
    }

    /** Runs the work as the given sample user with the given roles (services check access). */
    protected static <T> T as(String login, Supplier<T> work, Role... roles) {
        // Put back whoever was signed in: a hook may run this on a thread working as someone else.
        var previous = SecurityContextHolder.getContext();
        signIn(login, roles);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
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
