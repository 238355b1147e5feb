package io.rayonne.newsletter;

import io.rayonne.base.Markdown;
import io.rayonne.mail.MailRenderer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * An issue as an email: responsive HTML (MJML through the mail module, readable in dark mode) and
 * a text part, rendered once per issue. What changes per recipient (the greeting, the merge fields,
 * the unsubscribe and preferences links) stays as markers that {@link Personalised} fills in fast.
 */
@Component
public class BulletinRenderer {

    /** The merge fields people may write in a text block. */
    public static final List<String> MERGE_FIELDS = List.of("{prenom}", "{nom}", "{entreprise}", "{office}");

    static final String GREETING = "%%GREETING%%";
    static final String UNSUBSCRIBE = "%%UNSUBSCRIBE%%";
    static final String PREFERENCES = "%%PREFERENCES%%";

    private final MailRenderer mail;

    BulletinRenderer(MailRenderer mail) {
        this.mail = mail;
    }

    /** An issue rendered once, its per-recipient parts still to fill. */
    public record Rendered(String subject, String html, String text) {}

    /**
     * What an issue needs around it.
     *
     * @param office the office that sends it, as partners know it
     * @param baseUrl Rayonne's public address, with a final slash
     * @param photos the credit and description of each photo shown, by id
     * @param email true for the email (with unsubscribe links), false for the web version
     */
    public record Context(String office, String baseUrl, Map<String, PhotoText> photos, boolean email) {}

    public record PhotoText(String credit, String caption) {}

    public Rendered render(Bulletin bulletin, Context context) {
        Locale locale = Locale.forLanguageTag(bulletin.language());
        boolean french = "fr".equals(bulletin.language());
        List<MailRenderer.Block> sections = new ArrayList<>();
        for (Section section : bulletin.sections()) {
            List<MailRenderer.Block> blocks = new ArrayList<>();
            for (Block block : section.blocks()) {
                MailRenderer.Block rendered = block(bulletin, block, context, french);
                if (rendered != null) {
                    blocks.add(rendered);
                }
            }
            if (!blocks.isEmpty() || !section.title().isEmpty()) {
                sections.add(new MailRenderer.Block(
                        "bulletin-section", Map.of("title", section.title()), Map.of("blocks", blocks)));
            }
        }
        String webUrl = context.baseUrl() + "bulletins/" + bulletin.id();
        String webLink = context.email()
                ? link(webUrl, french ? "Lire ce bulletin dans le navigateur" : "Read this bulletin in your browser")
                : "";
        String footerHtml;
        String footerText;
        if (context.email()) {
            String why = french
                    ? "Vous recevez ce bulletin en tant que partenaire de " + context.office() + "."
                    : "You receive this bulletin as a partner of " + context.office() + ".";
            String unsubscribe = french ? "Se désinscrire" : "Unsubscribe";
            String preferences = french ? "Choisir les bulletins que je reçois" : "Choose the bulletins I receive";
            footerHtml = StringEscapeUtils.escapeHtml4(why) + "<br>" + link(UNSUBSCRIBE, unsubscribe) + " · "
                    + link(PREFERENCES, preferences);
            footerText = why + "\n" + unsubscribe + " : " + UNSUBSCRIBE + "\n" + preferences + " : " + PREFERENCES;
        } else {
            String archive = french ? "Tous les numéros" : "All issues";
            String archiveUrl = context.baseUrl() + "bulletins/archives/" + bulletin.officeId();
            footerHtml = StringEscapeUtils.escapeHtml4(context.office()) + " · " + link(archiveUrl, archive);
            footerText = context.office() + " · " + archive + " : " + archiveUrl;
        }
        var email = new MailRenderer.Block(
                        "bulletin",
                        Map.of(
                                "language", bulletin.language(),
                                "title", bulletin.title(),
                                "name", bulletin.name(),
                                "office", context.office(),
                                "date",
                                        DateTimeFormatter.ofPattern("d MMMM yyyy", locale)
                                                .format(bulletin.date())),
                        Map.of("sections", sections))
                .withSafeHtml("webLink", webLink, "")
                .withSafeHtml("footer", footerHtml, footerText);
        String preview = preview(bulletin);
        MailRenderer.Rendered out = mail.render(email, preview);
        return new Rendered(bulletin.name() + " · " + bulletin.title(), out.html(), out.text());
    }

    private static String link(String href, String label) {
        return "<a href=\"" + StringEscapeUtils.escapeHtml4(href) + "\">" + StringEscapeUtils.escapeHtml4(label)
                + "</a>";
    }

    /** The line inboxes show after the subject: the first words of the first text. */
    private static String preview(Bulletin bulletin) {
        for (Block b : bulletin.blocks()) {
            if (b instanceof Block.Text t && !t.markdown().isBlank()) {
                // Its merge fields are filled per recipient, as in the body.
                String plain =
                        Markdown.toPlainText(mergeFieldsAsWritten(t.markdown())).replaceAll("\\s+", " ");
                return plain.length() > 140 ? plain.substring(0, 139) + "…" : plain;
            }
        }
        return bulletin.title();
    }

    private MailRenderer.@Nullable Block block(Bulletin bulletin, Block block, Context context, boolean french) {
        if (block instanceof Block.Text t) {
            String markdown = mergeFieldsAsWritten(t.markdown());
            return MailRenderer.Block.of("bulletin-text", Map.of())
                    .withSafeHtml("body", Markdown.toSafeHtml(markdown), Markdown.toPlainText(markdown));
        }
        if (block instanceof Block.KeyFigure f) {
            return MailRenderer.Block.of("bulletin-figure", Map.of("number", f.number(), "caption", f.caption()));
        }
        if (block instanceof Block.Image i) {
            PhotoText photo = context.photos().get(i.photoId());
            if (photo == null) {
                return null;
            }
            String caption = i.caption().isBlank() ? photo.caption() : i.caption();
            String credit = photo.credit().isBlank() ? "" : "© " + photo.credit();
            return MailRenderer.Block.of(
                    "bulletin-image",
                    Map.of(
                            "src", photoUrl(bulletin, i.photoId(), context),
                            "alt", caption,
                            "caption", String.join(" · ", nonBlank(caption, credit))));
        }
        Block.Pulled p = (Block.Pulled) block;
        Block.Excerpt e = p.excerpt();
        if (e == null || e.deleted()) {
            return null;
        }
        Map<String, String> values = new HashMap<>();
        values.put("kicker", kicker(p.source(), french));
        values.put("title", e.title());
        values.put("text", e.text());
        String image = "";
        String photoId = e.photoId();
        if (photoId != null && context.photos().containsKey(photoId)) {
            image = "<mj-image src=\"" + StringEscapeUtils.escapeHtml4(photoUrl(bulletin, photoId, context))
                    + "\" alt=\"" + StringEscapeUtils.escapeHtml4(e.title()) + "\" width=\"552px\" />";
        }
        String more = french ? "Lire la suite" : "Read more";
        String url = e.path().isEmpty() ? "" : e.path().startsWith("http") ? e.path() : context.baseUrl() + e.path();
        return MailRenderer.Block.of("bulletin-pulled", values)
                .withSafeHtml("image", image, "")
                .withSafeHtml(
                        "more",
                        url.isEmpty() ? "" : "<br>" + link(url, more + " →"),
                        url.isEmpty() ? "" : more + " : " + url);
    }

    private static List<String> nonBlank(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (!p.isBlank()) {
                kept.add(p);
            }
        }
        return kept;
    }

    private static String photoUrl(Bulletin bulletin, String photoId, Context context) {
        return context.baseUrl() + "bulletins/" + bulletin.id() + "/photos/" + photoId;
    }

    private static String kicker(Block.Source source, boolean french) {
        return switch (source) {
            case POST -> french ? "À la une" : "Featured";
            case PORTRAIT -> french ? "Portrait" : "Portrait";
            case VISIT -> french ? "Accueil presse" : "Press visit";
            case COVERAGE -> french ? "Dans la presse" : "In the press";
            case KIT -> french ? "Dossier de presse" : "Press kit";
        };
    }

    /** People write {prénom} with its accent; the marker is the same without. */
    static String mergeFieldsAsWritten(String text) {
        return text.replace("{prénom}", "{prenom}").replace("{Prénom}", "{prenom}");
    }
}
