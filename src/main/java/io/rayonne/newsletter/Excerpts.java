package io.rayonne.newsletter;

import io.rayonne.base.Channel;
import io.rayonne.base.Markdown;
import io.rayonne.base.NotFoundException;
import io.rayonne.calendar.Post;
import io.rayonne.calendar.Posts;
import io.rayonne.portraits.Portrait;
import io.rayonne.portraits.Portraits;
import io.rayonne.press.Coverage;
import io.rayonne.press.CoverageItem;
import io.rayonne.press.Outlets;
import io.rayonne.press.PressKit;
import io.rayonne.press.PressKits;
import io.rayonne.press.PressVisit;
import io.rayonne.press.PressVisits;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What an issue shows of content pulled from Rayonne, read from its module: a post, a portrait, a
 * press visit, a coverage item, a press kit. A source that no longer exists keeps its last excerpt,
 * marked deleted.
 */
@Component
class Excerpts {

    static final int TEXT_MAX = 420;

    private final Posts posts;
    private final Portraits portraits;
    private final PressVisits visits;
    private final Coverage coverage;
    private final Outlets outlets;
    private final PressKits kits;

    Excerpts(Posts posts, Portraits portraits, PressVisits visits, Coverage coverage, Outlets outlets, PressKits kits) {
        this.posts = posts;
        this.portraits = portraits;
        this.visits = visits;
        this.coverage = coverage;
        this.outlets = outlets;
        this.kits = kits;
    }

    /** The excerpt as the source reads now, or the last one marked deleted if the source is gone. */
    Block.@Nullable Excerpt read(Block.Source source, String id, String language, Block.@Nullable Excerpt last) {
        try {
            return switch (source) {
                case POST -> post(posts.get(id), language);
                case PORTRAIT -> portrait(portraits.get(id));
                case VISIT -> visit(visits.get(id), language);
                case COVERAGE -> coverageItem(coverage.get(id), language);
                case KIT -> kit(kits.get(id), language);
            };
        } catch (NotFoundException e) {
            return last == null ? new Block.Excerpt(id, "", "", null, "", List.of(), true) : last.asDeleted();
        }
    }

    private static Block.Excerpt post(Post p, String language) {
        String text = Stream.of(Channel.NEWSLETTER, Channel.WEBSITE, Channel.BLOG, Channel.FACEBOOK)
                .map(c -> p.texts().getOrDefault(c, ""))
                .filter(t -> !t.isBlank())
                .findFirst()
                .orElseGet(() -> p.texts().values().stream().findFirst().orElse(""));
        var translation = p.translations().get(language);
        String title = p.title();
        if (translation != null && !translation.text().isBlank()) {
            text = translation.text();
        }
        return new Block.Excerpt(
                title,
                shorten(Markdown.toPlainText(text)),
                p.publishedUrl() == null ? "" : p.publishedUrl(),
                p.photoIds().isEmpty() ? null : p.photoIds().get(0),
                "",
                List.of(),
                false);
    }

    private static Block.Excerpt portrait(Portrait p) {
        var t = p.text();
        String title = t.speciality().isBlank() ? t.displayName() : t.displayName() + ", " + t.speciality();
        return new Block.Excerpt(
                title,
                shorten(Markdown.toPlainText(t.bio())),
                "",
                t.photoIds().isEmpty() ? null : t.photoIds().get(0),
                "",
                List.of(),
                false);
    }

    private static Block.Excerpt visit(PressVisit v, String language) {
        Locale locale = Locale.forLanguageTag(language);
        String dates = v.start() == null
                ? ""
                : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(v.start())
                        + (v.end() == null || v.end().equals(v.start())
                                ? ""
                                : " – "
                                        + DateTimeFormatter.ofPattern("d MMMM yyyy", locale)
                                                .format(v.end()));
        String text = Stream.of(dates, v.angle())
                .filter(s -> !s.isBlank())
                .reduce((a, b) -> a + " · " + b)
                .orElse("");
        return new Block.Excerpt(v.subject(), shorten(text), "", null, "", List.of(), false);
    }

    private Block.Excerpt coverageItem(CoverageItem c, String language) {
        String outlet;
        try {
            outlet = outlets.get(c.outletId()).name();
        } catch (NotFoundException e) {
            outlet = "";
        }
        String date = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(language))
                .format(c.date());
        String text = Stream.of(outlet, date)
                .filter(s -> !s.isBlank())
                .reduce((a, b) -> a + " · " + b)
                .orElse("");
        return new Block.Excerpt(c.title(), text, c.link(), null, "", List.of(), false);
    }

    private static Block.Excerpt kit(PressKit k, String language) {
        String title = k.titles().getOrDefault(language, k.titles().getOrDefault("fr", ""));
        String path = k.visibility() == PressKit.Visibility.PRIVATE ? "" : "dossiers/" + k.token();
        return new Block.Excerpt(
                title, "", path, k.photoIds().isEmpty() ? null : k.photoIds().get(0), "", List.of(), false);
    }

    static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= TEXT_MAX) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', TEXT_MAX - 1);
        return flat.substring(0, cut > TEXT_MAX / 2 ? cut : TEXT_MAX - 1) + "…";
    }
}
