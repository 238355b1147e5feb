package io.rayonne.mail.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rayonne.mail.MailSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mailjet's event webhook, {@code POST /webhooks/mailjet}: one event or an array of them, behind
 * Basic auth. Each event is recorded once under a digest of its content (Mailjet retries until it
 * gets a 200), then the new ones are applied in the background, so the answer comes fast.
 */
@RestController
class MailjetWebhook implements DisposableBean {

    static final String PATH = "/webhooks/mailjet";
    private static final Logger log = LoggerFactory.getLogger(MailjetWebhook.class);

    private final MailSettings.Webhook settings;
    private final MailStore store;
    private final MailEvents events;
    private final ObjectMapper json = new ObjectMapper();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> new Thread(r, "mailjet-events"));

    MailjetWebhook(MailSettings settings, MailStore store, MailEvents events) {
        this.settings = settings.webhook();
        this.store = store;
        this.events = events;
    }

    /** The webhook has no session, no CSRF token and no login page: its own credentials, checked here. */
    @Bean
    @Order(1)
    static SecurityFilterChain mailjetWebhookSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(PATH)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @PostMapping(PATH)
    ResponseEntity<String> receive(
            @RequestHeader(value = "Authorization", required = false) String authorization,
            @RequestBody(required = false) byte[] body) {
        if (!authorized(authorization)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header("WWW-Authenticate", "Basic realm=\"mailjet\"")
                    .build();
        }
        List<JsonNode> received;
        try {
            received = parse(body);
        } catch (java.io.IOException | IllegalArgumentException e) {
            return ResponseEntity.badRequest().body("Malformed event: " + e.getMessage());
        }
        Map<String, JsonNode> byDigest = new LinkedHashMap<>();
        Map<String, String> documents = new LinkedHashMap<>();
        for (JsonNode event : received) {
            String id = digest(event);
            byDigest.putIfAbsent(id, event);
            documents.putIfAbsent(id, eventDocument(event));
        }
        // Recorded before answering: if Elasticsearch is down, Mailjet gets an error and tries again.
        var seenBefore = store.recordEventsOnce(documents);
        List<JsonNode> fresh = byDigest.entrySet().stream()
                .filter(e -> !seenBefore.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        background.submit(() -> fresh.forEach(event -> {
            try {
                events.apply(event);
            } catch (RuntimeException e) {
                log.error("Could not apply a Mailjet event", e);
            }
        }));
        return ResponseEntity.ok().build();
    }

    /** Constant-time comparison of the credentials; no credentials configured means nobody gets in. */
    private boolean authorized(String authorization) {
        if (!settings.configured() || authorization == null || !authorization.startsWith("Basic ")) {
            return false;
        }
        byte[] expected = (settings.username() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8);
        byte[] given;
        try {
            given = Base64.getDecoder().decode(authorization.substring(6).strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(expected, given);
    }

    private List<JsonNode> parse(byte[] body) throws java.io.IOException {
        if (body == null || body.length == 0) {
            throw new IllegalArgumentException("empty body");
        }
        JsonNode root = json.readTree(body);
        List<JsonNode> list = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(list::add);
        } else {
            list.add(root);
        }
        for (JsonNode event : list) {
            if (!event.isObject()
                    || !event.path("event").isTextual()
                    || !event.path("time").canConvertToLong()) {
                throw new IllegalArgumentException("each event needs \"event\" and \"time\"");
            }
        }
        return list;
    }

    private String eventDocument(JsonNode event) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("event", event.path("event").asText());
        doc.put("email", event.path("email").asText(null));
        doc.put("customId", event.path("CustomID").asText(null));
        doc.put("providerId", event.path("MessageID").asText(null));
        doc.put("time", event.path("time").asLong());
        doc.put("raw", event);
        doc.put("receivedAt", System.currentTimeMillis());
        try {
            return json.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same event delivered again has the same digest. */
    static String digest(JsonNode event) {
        try {
            String key = String.join(
                    "|",
                    event.path("event").asText(),
                    event.path("time").asText(),
                    event.path("MessageID").asText(),
                    event.path("email").asText(),
                    event.path("url").asText());
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void destroy() {
        background.shutdown();
    }
}
