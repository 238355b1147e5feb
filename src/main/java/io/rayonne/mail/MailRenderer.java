package io.rayonne.mail;

import ch.digitalfondue.mjml4j.Mjml4j;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

    /**
     * A template with its values and, under a name, the blocks repeated inside it (the days of a
     * programme, the sections of a bulletin). A block's template is a fragment: {@code name.mjml}
     * and {@code name.txt}; the children of one name are put end to end where {@code ${name}} stands.
     */
    public record Block(
            String template, Map<String, String> values, Map<String, List<Block>> children, Map<String, String> html) {

        public Block {
            values = Map.copyOf(values);
            children = Map.copyOf(children);
            html = Map.copyOf(html);
        }

        public Block(String template, Map<String, String> values, Map<String, List<Block>> children) {
            this(template, values, children, Map.of());
        }

        public static Block of(String template, Map<String, String> values) {
            return new Block(template, values, Map.of());
        }

        /**
         * The same block with markup that is inserted as it is in the HTML part (and as given in the
         * text part): only for HTML already made safe, such as {@code Markdown.toSafeHtml}.
         */
        public Block withSafeHtml(String name, String safeHtml, String text) {
            Map<String, String> markup = new HashMap<>(html);
            markup.put(name, safeHtml);
            Map<String, String> plain = new HashMap<>(values);
            plain.put(name, text);
            return new Block(template, plain, children, markup);
        }
    }

    public Rendered render(String template, Map<String, String> values, String preview) {
        return render(Block.of(template, values), preview);
    }

    public Rendered render(Block email, String preview) {
        Map<String, String> extra = Map.of("preview", preview);
        String mjml = fill(email, ".mjml", extra, true);
        String text = fill(email, ".txt", extra, false);
        return new Rendered(Mjml4j.render(mjml), text, preview);
    }

    private static String fill(Block block, String extension, Map<String, String> extra, boolean escape) {
        Map<String, String> values = new HashMap<>();
        block.values().forEach((k, v) -> values.put(k, escape ? StringEscapeUtils.escapeHtml4(v) : v));
        if (escape) {
            values.putAll(block.html());
        }
        extra.forEach((k, v) -> values.put(k, escape ? StringEscapeUtils.escapeHtml4(v) : v));
        block.children()
                .forEach((name, children) -> values.put(
                        name,
                        children.stream()
                                .map(child -> fill(child, extension, Map.of(), escape))
                                .collect(Collectors.joining())));
        // Values are never read as templates: someone typing "${x}" gets "${x}".
        return new StringSubstitutor(values)
                .setEnableUndefinedVariableException(true)
                .setDisableSubstitutionInValues(true)
                .replace(read(block.template() + extension));
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
