package io.rayonne.newsletter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The token of a contact's unsubscribe and preferences links: who (partner and contact), from
 * which campaign, until when, signed with HMAC-SHA256 under a key only Rayonne holds. A token
 * changed by one character, or past its day, is refused; nothing about the contact is in clear
 * beyond their ids.
 */
@Component
public class UnsubscribeTokens {

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final byte[] key;
    private final NewsletterSettings settings;
    private final Clock clock;

    UnsubscribeTokens(NewsletterSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.key = key(settings.keyFile());
    }

    /** Who a valid token speaks for. */
    public record Holder(String partnerId, String contactId, String campaignId) {}

    /** Why a token is refused. */
    public enum Refusal {
        FORGED,
        EXPIRED
    }

    /** The result of reading a token: its holder, or why it is refused. */
    public record Read(Optional<Holder> holder, Optional<Refusal> refusal) {}

    public String issue(String partnerId, String contactId, String campaignId) {
        long until = clock.instant().plus(settings.linkValidity()).getEpochSecond();
        String payload = String.join("\n", partnerId, contactId, campaignId, Long.toString(until));
        String body = ENCODE.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return body + "." + ENCODE.encodeToString(sign(body));
    }

    public Read read(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return refused(Refusal.FORGED);
        }
        String body = token.substring(0, dot);
        // Compared as written, not decoded: a decoder ignores the unused bits of the last character,
        // so two spellings would carry one signature, and a token changed by one character must fail.
        byte[] expected = ENCODE.encodeToString(sign(body)).getBytes(StandardCharsets.US_ASCII);
        byte[] signature = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature)) {
            return refused(Refusal.FORGED);
        }
        String[] parts;
        try {
            parts = new String(DECODE.decode(body), StandardCharsets.UTF_8).split("\n", -1);
        } catch (IllegalArgumentException e) {
            return refused(Refusal.FORGED);
        }
        if (parts.length != 4) {
            return refused(Refusal.FORGED);
        }
        long until;
        try {
            until = Long.parseLong(parts[3]);
        } catch (NumberFormatException e) {
            return refused(Refusal.FORGED);
        }
        if (clock.instant().isAfter(Instant.ofEpochSecond(until))) {
            return refused(Refusal.EXPIRED);
        }
        return new Read(Optional.of(new Holder(parts[0], parts[1], parts[2])), Optional.empty());
    }

    private static Read refused(Refusal why) {
        return new Read(Optional.empty(), Optional.of(why));
    }

    private byte[] sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key in its file, made once when there is none (readable by Rayonne's user only). */
    private static byte[] key(Path file) {
        try {
            if (Files.exists(file)) {
                byte[] stored = DECODE.decode(Files.readString(file).strip());
                if (stored.length >= 32) {
                    return stored;
                }
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, ENCODE.encodeToString(fresh));
            try {
                Files.setPosixFilePermissions(
                        file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's rights apply
            }
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("The key of unsubscribe links could not be read or made: " + file, e);
        }
    }
}
