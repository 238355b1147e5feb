package io.rayonne.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every token that differs from an issued one by a single character is refused as forged: each
 * position, each other character of the alphabet (the last character of a signature too, whose
 * unused bits a decoder would ignore).
 */
class UnsubscribeTokensTest {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";

    @TempDir
    Path dir;

    @Test
    void everyOneCharacterChangeIsRefused() {
        UnsubscribeTokens tokens = tokens(Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC));
        String token = tokens.issue("partenaire-1", "contact-1", "campagne-1");
        assertThat(tokens.read(token).holder())
                .contains(new UnsubscribeTokens.Holder("partenaire-1", "contact-1", "campagne-1"));

        int changes = 0;
        for (int at = 0; at < token.length(); at++) {
            for (char c : ALPHABET.toCharArray()) {
                if (c == token.charAt(at)) {
                    continue;
                }
                String changed = token.substring(0, at) + c + token.substring(at + 1);
                UnsubscribeTokens.Read read = tokens.read(changed);
                assertThat(read.holder()).as(changed).isEmpty();
                assertThat(read.refusal()).as(changed).contains(UnsubscribeTokens.Refusal.FORGED);
                changes++;
            }
        }
        assertThat(changes).isEqualTo(token.length() * (ALPHABET.length() - 1));
    }

    @Test
    void aTokenCutOrLengthenedIsRefused() {
        UnsubscribeTokens tokens = tokens(Clock.systemUTC());
        String token = tokens.issue("partenaire-1", "contact-1", "campagne-1");
        for (String changed :
                new String[] {token + "A", token + "=", token.substring(1), "", ".", token + "." + token}) {
            assertThat(tokens.read(changed).refusal()).as(changed).contains(UnsubscribeTokens.Refusal.FORGED);
        }
        for (int end = 0; end < token.length(); end++) {
            assertThat(tokens.read(token.substring(0, end)).holder()).isEmpty();
        }
    }

    @Test
    void aTokenIssuedUnderAnotherKeyIsRefused() {
        UnsubscribeTokens ours = tokens(Clock.systemUTC());
        UnsubscribeTokens theirs = new UnsubscribeTokens(settings(dir.resolve("autre.key")), Clock.systemUTC());
        String token = theirs.issue("partenaire-1", "contact-1", "campagne-1");
        assertThat(ours.read(token).refusal()).contains(UnsubscribeTokens.Refusal.FORGED);
    }

    private UnsubscribeTokens tokens(Clock clock) {
        return new UnsubscribeTokens(settings(dir.resolve("newsletter.key")), clock);
    }

    private static NewsletterSettings settings(Path keyFile) {
        return new NewsletterSettings(
                URI.create("http://localhost:8080/"),
                keyFile,
                "desinscription@rayonne.example",
                Duration.ofSeconds(30),
                Duration.ofSeconds(2),
                500,
                Duration.ofSeconds(60),
                Duration.ofMinutes(30),
                Duration.ofDays(730),
                true);
    }
}
