package io.rayonne.mail;

import ch.digitalfondue.mjml4j.Mjml4j;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;
import org.apache.commons.text.StringSubstitutor;
import org.springframework.stereotype.Component;

/**
 * Turns a template of {@code mail/} (an {@code .mjml} file and a {@code .txt} file) and values into
 * responsive HTML and plain text. Every value is HTML-escaped before it enters the MJML, so a name
 * like {@code <script>} arrives as text. Templates style through mj-attributes and mj-class
 * ({@code mj-style inline} is ignored by mjml4j).
 */
@Component
public class MailRenderer {

    /** The two parts of an email and the line shown after the subject in inboxes. */
    public record Rendered(String html, String text, String preview) {}

    public Rendered render(String template, Map<String, String> values, String preview) {
        Map<String, String> escaped = new HashMap<>();
        values.forEach((k, v) -> escaped.put(k, StringEscapeUtils.escapeHtml4(v)));
        escaped.put("preview", StringEscapeUtils.escapeHtml4(preview));
        String mjml = new StringSubstitutor(escaped)
                .setEnableUndefinedVariableException(true)
                .replace(read(template + ".mjml"));
        Map<String, String> plain = new HashMap<>(values);
        plain.put("preview", preview);
        String text = new StringSubstitutor(plain)
                .setEnableUndefinedVariableException(true)
                .replace(read(template + ".txt"));
        return new Rendered(Mjml4j.render(mjml), text, preview);
    }

    private static String read(String name) {
        try (InputStream in = MailRenderer.class.getResourceAsStream("/mail/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No mail template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
