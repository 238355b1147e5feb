package io.rayonne.calendar;

import io.rayonne.base.Channel;
import io.rayonne.base.Revision;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A post planned on the calendar: a text per channel, a theme, a campaign and hashtags, the day and
 * time in Paris, photos and what it is about. Published by people, tracked here.
 *
 * @param texts the text for each channel the post goes to (a variant per channel)
 * @param plannedAt local Paris time; null while it is an idea without a date
 * @param approvals who approved the version now in review or scheduled
 * @param translations the English and German versions, by language code, with where each stands
 * @param seriesId the recurring series it was created in, if any (each occurrence is edited alone)
 */
public record Post(
        String id,
        String officeId,
        String ownerId,
        String title,
        Map<Channel, String> texts,
        String theme,
        String campaign,
        @Nullable LocalDateTime plannedAt,
        List<String> photoIds,
        List<Link> links,
        Map<String, Translation> translations,
        PostStatus status,
        List<String> approvals,
        @Nullable String rejectionNote,
        @Nullable String publishedUrl,
        @Nullable String seriesId,
        Instant updatedAt,
        String updatedBy,
        @Nullable Revision revision) {

    public static final int TITLE_MAX = 200;
    /** The languages a post may have a version in, besides French. */
    public static final List<String> TRANSLATED = List.of("en", "de");

    public static final int TRANSLATION_MAX = 20_000;

    public Post {
        texts = texts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(texts));
        photoIds = List.copyOf(photoIds);
        links = List.copyOf(links);
        translations = Map.copyOf(translations);
        approvals = List.copyOf(approvals);
    }

    /** A version in another language, and where it stands: to translate, machine-translated, done. */
    public record Translation(String text, TranslationStatus status) {
        public Translation {
            text = text.strip();
        }
    }

    /** What the post is about: a portrait, a press visit, a press kit. */
    public record Link(Kind kind, String id) {
        public enum Kind {
            PORTRAIT,
            PRESS_VISIT,
            PRESS_KIT;

            public String key() {
                return "calendar.link." + name().toLowerCase(Locale.ROOT).replace('_', '-');
            }
        }
    }

    /**
     * A problem with what was typed: a translation key and, for a channel's text, its count and
     * limit, or the language of a version.
     */
    public record Problem(String key, @Nullable Channel channel, int count, int limit, @Nullable String language) {
        public Problem(String key, @Nullable Channel channel, int count, int limit) {
            this(key, channel, count, limit, null);
        }

        static Problem of(String key) {
            return new Problem(key, null, 0, 0);
        }
    }

    /** What people type for a post. */
    public record Draft(
            String title,
            Map<Channel, String> texts,
            String theme,
            String campaign,
            @Nullable LocalDateTime plannedAt,
            List<String> photoIds,
            List<Link> links,
            Map<String, Translation> translations) {

        /** A post in French only. */
        public Draft(
                String title,
                Map<Channel, String> texts,
                String theme,
                String campaign,
                @Nullable LocalDateTime plannedAt,
                List<String> photoIds,
                List<Link> links) {
            this(title, texts, theme, campaign, plannedAt, photoIds, links, Map.of());
        }

        public Draft {
            title = title.strip();
            Map<Channel, String> kept = new EnumMap<>(Channel.class);
            texts.forEach((channel, text) -> kept.put(channel, text.strip()));
            texts = Map.copyOf(kept);
            theme = theme.strip();
            campaign = campaign.strip();
            photoIds = List.copyOf(photoIds);
            links = links.stream().distinct().toList();
            translations = Map.copyOf(translations);
        }

        /** The same post planned at another moment. */
        public Draft at(@Nullable LocalDateTime moment) {
            return new Draft(title, texts, theme, campaign, moment, photoIds, links, translations);
        }

        /** Title, at least one channel, each channel's text within what its network accepts. */
        public List<Problem> problems() {
            List<Problem> problems = new ArrayList<>();
            if (title.isEmpty()) {
                problems.add(Problem.of("calendar.error.title-required"));
            } else if (title.length() > TITLE_MAX) {
                problems.add(Problem.of("calendar.error.title-too-long"));
            }
            if (texts.isEmpty()) {
                problems.add(Problem.of("calendar.error.channel-required"));
            }
            for (Map.Entry<Channel, String> e : new EnumMap<>(texts).entrySet()) {
                Channel channel = e.getKey();
                String text = e.getValue();
                if (text.isBlank()) {
                    problems.add(new Problem("calendar.error.text-required", channel, 0, 0));
                }
                if (channel.limit().isPresent()
                        && channel.count(text) > channel.limit().getAsInt()) {
                    problems.add(new Problem(
                            "calendar.error.too-long",
                            channel,
                            channel.count(text),
                            channel.limit().getAsInt()));
                }
                int hashtags = Channel.hashtags(text).size();
                if (channel.hashtagLimit().isPresent()
                        && hashtags > channel.hashtagLimit().getAsInt()) {
                    problems.add(new Problem(
                            "calendar.error.too-many-hashtags",
                            channel,
                            hashtags,
                            channel.hashtagLimit().getAsInt()));
                }
            }
            translations.forEach((language, translation) -> {
                if (!TRANSLATED.contains(language)) {
                    problems.add(Problem.of("calendar.error.language-unknown"));
                } else if (translation.status() != TranslationStatus.TO_TRANSLATE
                        && translation.text().isEmpty()) {
                    problems.add(new Problem("calendar.error.translation-empty", null, 0, 0, language));
                } else if (translation.text().length() > TRANSLATION_MAX) {
                    problems.add(new Problem("calendar.error.translation-too-long", null, 0, 0, language));
                }
            });
            return problems;
        }
    }

    public Draft draft() {
        return new Draft(title, texts, theme, campaign, plannedAt, photoIds, links, translations);
    }

    /** The hashtags of all its texts, each once. */
    public List<String> hashtags() {
        return hashtagsOf(texts.values());
    }

    static List<String> hashtagsOf(java.util.Collection<String> texts) {
        return texts.stream()
                .flatMap(t -> Channel.hashtags(t).stream())
                .distinct()
                .toList();
    }

    PostWorkflow.State state() {
        return new PostWorkflow.State(status, ownerId, approvals);
    }
}
