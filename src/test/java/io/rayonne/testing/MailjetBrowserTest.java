package io.rayonne.testing;

import java.time.Duration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Browser journeys whose Rayonne sends through Mailjet's emulator (see {@link MailjetIntegrationTest}). */
public abstract class MailjetBrowserTest extends BrowserTest {

    protected static final MailjetEmulator MAILJET = MailjetIntegrationTest.MAILJET;

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
