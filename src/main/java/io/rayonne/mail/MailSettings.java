package io.rayonne.mail;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail configuration. Mailjet is used when both keys are set (MAILJET_API_KEY, MAILJET_SECRET_KEY);
 * otherwise messages wait in the outbox. The keys are never logged.
 */
@ConfigurationProperties("rayonne.mail")
public record MailSettings(
        @DefaultValue("no-reply@rayonne.example") String fromEmail,
        @DefaultValue("Rayonne") String fromName,
        @DefaultValue Mailjet mailjet,
        @DefaultValue Webhook webhook) {

    public record Mailjet(
            @Nullable String apiKey,
            @Nullable String secretKey,
            @DefaultValue("https://api.mailjet.com") URI baseUrl,
            @DefaultValue("false") boolean sandbox,
            @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("30s") Duration readTimeout,
            @DefaultValue("5") int maxAttempts,
            @DefaultValue("500ms") Duration firstBackoff,
            @DefaultValue("4") int parallelRequests) {

        public boolean configured() {
            return apiKey != null && !apiKey.isBlank() && secretKey != null && !secretKey.isBlank();
        }

        @Override
        public String toString() {
            return "Mailjet[baseUrl=" + baseUrl + ", configured=" + configured() + ", sandbox=" + sandbox + "]";
        }
    }

    /** Basic-auth credentials Mailjet must present when it posts events to /webhooks/mailjet. */
    public record Webhook(@Nullable String username, @Nullable String password) {

        public boolean configured() {
            return username != null && !username.isBlank() && password != null && !password.isBlank();
        }

        @Override
        public String toString() {
            return "Webhook[configured=" + configured() + "]";
        }
    }
}
