package io.rayonne.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values arrive in an email as text, never as markup. */
class MailRendererTest {

    private final MailRenderer renderer = new MailRenderer();

    @Test
    void valuesAreEscapedInTheHtmlAndKeptInTheText() {
        var rendered = renderer.render(
                "test", Map.of("sender", "<script>alert(1)</script>", "date", "‹Léon> & Cie"), "Essai <b>");
        assertThat(rendered.html())
                .doesNotContain("<script>alert(1)</script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lsaquo;L&eacute;on&gt; &amp; Cie")
                .doesNotContain("Essai <b>");
        assertThat(rendered.text())
                .contains("envoyé par <script>alert(1)</script>")
                .contains("‹Léon> & Cie");
        assertThat(rendered.preview()).isEqualTo("Essai <b>");
    }

    @Test
    void mjmlBecomesResponsiveHtmlWithThePreviewText() {
        var rendered =
                renderer.render("test", Map.of("sender", "Nadia", "date", "22 novembre 2026"), "Message d’essai");
        assertThat(rendered.html())
                .startsWith("<!doctype html>")
                .contains("lang=\"fr\"")
                .contains("@media")
                // the preview line, hidden in the body, escaped like every value
                .containsPattern("display:none[^>]*>Message d&rsquo;essai");
        assertThat(rendered.html()).contains("Ceci est un message d’essai envoyé par Nadia");
    }

    @Test
    void aValueLookingLikeATemplateVariableStaysAsTyped() {
        var rendered = renderer.render("test", Map.of("sender", "${date} ${nothing}", "date", "lundi"), "x");
        assertThat(rendered.text()).contains("envoyé par ${date} ${nothing} depuis Rayonne, le lundi.");
    }
}
