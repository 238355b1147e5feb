package io.rayonne.base;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Text people write (plain or Markdown) turned into HTML that is safe to show: CommonMark renders
 * it, then the OWASP sanitiser keeps only formatting, lists, quotes and links to the web or to an
 * address. Raw HTML is never trusted, whoever wrote it.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();
    private static final TextContentRenderer PLAIN =
            TextContentRenderer.builder().build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p", "br", "em", "strong", "ul", "ol", "li", "blockquote", "h3", "h4", "code", "pre", "hr", "a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href")
            .onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    /** Markup people paste by mistake or on purpose that has no place in a text: refused with a message. */
    private static final Pattern ACTIVE_MARKUP = Pattern.compile(
            "<\\s*/?\\s*(script|iframe|object|embed|style|form|input|button|link|meta|svg|math|frame|frameset|base)\\b"
                    + "|\\bon[a-z]+\\s*=|javascript\\s*:",
            Pattern.CASE_INSENSITIVE);

    private Markdown() {}

    /** Safe HTML for the text, ready to be set as the inner HTML of an element. */
    public static String toSafeHtml(String text) {
        return POLICY.sanitize(RENDERER.render(PARSER.parse(text)));
    }

    /** The text without its Markdown marks, for channels that show plain text (social networks). */
    public static String toPlainText(String text) {
        return PLAIN.render(PARSER.parse(text)).strip();
    }

    /** Whether the text carries scripts, frames or other active markup. */
    public static boolean hasActiveMarkup(String text) {
        return ACTIVE_MARKUP.matcher(text).find();
    }

    /** Whether any of these texts carries active markup. */
    public static boolean anyActiveMarkup(List<String> texts) {
        return texts.stream().anyMatch(Markdown::hasActiveMarkup);
    }
}
