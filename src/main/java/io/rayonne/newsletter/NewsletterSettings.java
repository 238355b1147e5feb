package io.rayonne.newsletter;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How bulletins leave.
 *
 * @param publicUrl Rayonne's address as partners reach it: links, images and unsubscribe pages
 * @param keyFile where the key that signs unsubscribe links is kept (created once, 256 random bits);
 *     lose it and the links of bulletins already sent stop working
 * @param unsubscribeMailbox the {@code mailto:} of List-Unsubscribe, read by a person
 * @param lease how long an instance keeps a campaign without renewing it: after a crash, another
 *     instance (or the same one restarted) resumes it once this has passed
 * @param tick how often each instance looks for campaigns to send
 * @param batch recipients taken, handed over and recorded together
 * @param retryAfter how long a campaign waits when Mailjet defers (rate limit, unreachable)
 * @param giveUpAfter how long Mailjet may stay unreachable before the campaign is paused, with why
 * @param linkValidity how long an unsubscribe or preferences link works
 * @param sending whether this instance sends campaigns (an instance may serve screens only)
 */
@ConfigurationProperties("rayonne.newsletter")
public record NewsletterSettings(
        @DefaultValue("http://localhost:8080/") URI publicUrl,
        @DefaultValue("data/newsletter.key") Path keyFile,
        @DefaultValue("desinscription@rayonne.example") String unsubscribeMailbox,
        @DefaultValue("30s") Duration lease,
        @DefaultValue("2s") Duration tick,
        @DefaultValue("500") int batch,
        @DefaultValue("60s") Duration retryAfter,
        @DefaultValue("30m") Duration giveUpAfter,
        @DefaultValue("730d") Duration linkValidity,
        @DefaultValue("true") boolean sending) {

    /** The public address with a final slash. */
    public String base() {
        String url = publicUrl.toString();
        return url.endsWith("/") ? url : url + "/";
    }
}
