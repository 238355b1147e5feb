package io.rayonne.testing;

import java.time.Duration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests whose Rayonne sends through Mailjet: the emulator of Mailjet's Send API on
 * loopback stands in for it, one for the whole run (so the Spring context is shared). Tests reset
 * it and count what it received.
 */
public abstract class MailjetIntegrationTest extends IntegrationTest {

    public static final MailjetEmulator MAILJET = new MailjetEmulator();

    @DynamicPropertySource
    static void mailjet(DynamicPropertyRegistry registry) {
        registry.add("rayonne.mail.mailjet.api-key", () -> MailjetEmulator.API_KEY);
        registry.add("rayonne.mail.mailjet.secret-key", () -> MailjetEmulator.SECRET);
        registry.add("rayonne.mail.mailjet.base-url", () -> MAILJET.url().toString());
        registry.add("rayonne.mail.mailjet.max-attempts", () -> "2");
        registry.add("rayonne.mail.mailjet.first-backoff", () -> "10ms");
        registry.add(
                "rayonne.mail.mailjet.read-timeout", () -> Duration.ofSeconds(3).toString());
        // Only contexts that reach the emulator send campaigns; small batches, so that a crash can
        // fall in the middle of one.
        registry.add("rayonne.test.sends", () -> "true");
        registry.add("rayonne.newsletter.batch", () -> "10");
    }
}
