package io.rayonne.newsletter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * An issue rendered once, cut at its per-recipient markers, so that each copy is the pieces put
 * end to end with the recipient's values (escaped in the HTML part): ten thousand copies without
 * rendering MJML ten thousand times.
 */
public final class Personalised {

    private static final Pattern MARKERS = Pattern.compile("\\{prenom\\}|\\{nom\\}|\\{entreprise\\}|\\{office\\}|"
            + Pattern.quote(BulletinRenderer.GREETING) + "|" + Pattern.quote(BulletinRenderer.UNSUBSCRIBE) + "|"
            + Pattern.quote(BulletinRenderer.PREFERENCES));

    /** One recipient's values. */
    public record Values(
            String firstName,
            String lastName,
            String business,
            String office,
            String unsubscribeUrl,
            String preferencesUrl,
            boolean french) {

        String greeting() {
            String hello = french ? "Bonjour" : "Hello";
            return firstName.isBlank() ? hello + "," : hello + " " + firstName.strip() + ",";
        }

        String value(String marker) {
            return switch (marker) {
                case "{prenom}" -> firstName;
                case "{nom}" -> lastName;
                case "{entreprise}" -> business;
                case "{office}" -> office;
                case BulletinRenderer.GREETING -> greeting();
                case BulletinRenderer.UNSUBSCRIBE -> unsubscribeUrl;
                case BulletinRenderer.PREFERENCES -> preferencesUrl;
                default -> throw new IllegalArgumentException(marker);
            };
        }
    }

    private final String subject;
    private final Cut html;
    private final Cut text;

    public Personalised(BulletinRenderer.Rendered rendered) {
        this.subject = rendered.subject();
        this.html = Cut.of(rendered.html());
        this.text = Cut.of(rendered.text());
    }

    public String subject(Values values) {
        return Cut.of(subject).join(values, false);
    }

    public String html(Values values) {
        return html.join(values, true);
    }

    public String text(Values values) {
        return text.join(values, false);
    }

    private record Cut(List<String> pieces, List<String> markers, int length) {

        static Cut of(String content) {
            List<String> pieces = new ArrayList<>();
            List<String> markers = new ArrayList<>();
            Matcher m = MARKERS.matcher(content);
            int from = 0;
            while (m.find()) {
                pieces.add(content.substring(from, m.start()));
                markers.add(m.group());
                from = m.end();
            }
            pieces.add(content.substring(from));
            return new Cut(pieces, markers, content.length());
        }

        String join(Values values, boolean escape) {
            StringBuilder out = new StringBuilder(length + 256);
            for (int i = 0; i < markers.size(); i++) {
                out.append(pieces.get(i));
                String value = values.value(markers.get(i));
                out.append(escape ? StringEscapeUtils.escapeHtml4(value) : value);
            }
            return out.append(pieces.get(pieces.size() - 1)).toString();
        }
    }
}
