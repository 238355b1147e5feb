package io.rayonne.press;

import io.rayonne.base.Markdown;
import io.rayonne.base.Revision;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A press kit ("dossier de presse"): a title and sections in French, English and German (each
 * version written or machine-translated), photos under the consent rules, attached PDF files, an
 * embargo, and who may read it without signing in.
 *
 * @param titles the kit's title by language; French is required
 * @param embargo before this instant nothing of the kit shows outside the team
 * @param token the unguessable part of the shared link
 */
public record PressKit(
        String id,
        String officeId,
        Map<String, String> titles,
        List<Section> sections,
        List<String> photoIds,
        List<KitFile> files,
        @Nullable Instant embargo,
        Visibility visibility,
        String token,
        Instant updatedAt,
        String updatedBy,
        @Nullable Revision revision) {

    /** The languages a kit is written in, French first. */
    public static final List<String> LANGUAGES = List.of("fr", "en", "de");

    public static final String FRENCH = "fr";
    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 20_000;
    public static final int SECTIONS_MAX = 30;

    public PressKit {
        titles = Map.copyOf(titles);
        sections = List.copyOf(sections);
        photoIds = List.copyOf(photoIds);
        files = List.copyOf(files);
    }

    /** Who may read the kit without signing in. */
    public enum Visibility {
        /** The team only. */
        PRIVATE,
        /** Whoever has the link with its token. */
        LINK,
        /** Anyone: the link with the token, or the kit's own address. */
        PUBLIC;

        public String key() {
            return "press.kit.visibility." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** One version of a section: its title and Markdown text, and whether a machine translated it. */
    public record Version(String title, String body, boolean machine) {
        public Version {
            title = title.strip();
            body = body.strip();
        }

        public boolean isEmpty() {
            return title.isEmpty() && body.isEmpty();
        }
    }

    /** A section with its versions by language. */
    public record Section(String id, Map<String, Version> versions) {
        public Section {
            versions = Map.copyOf(versions);
        }

        public @Nullable Version in(String language) {
            Version v = versions.get(language);
            return v == null || v.isEmpty() ? null : v;
        }
    }

    /** An attached PDF, stored by its content's hash. */
    public record KitFile(String id, String name, long size) {}

    /** Where a language stands across the kit: sections missing, sections machine-translated. */
    public record Translation(String language, int missing, int machine, int total) {
        public boolean complete() {
            return missing == 0;
        }
    }

    /** What people type for a kit; the embargo as a Paris date and time. */
    public record Draft(
            Map<String, String> titles,
            List<Section> sections,
            List<String> photoIds,
            List<KitFile> files,
            @Nullable LocalDateTime embargo,
            Visibility visibility) {

        public Draft {
            titles = Map.copyOf(titles);
            sections = List.copyOf(sections);
            photoIds = List.copyOf(photoIds);
            files = List.copyOf(files);
        }

        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (titles.getOrDefault(FRENCH, "").isBlank()) {
                problems.add("press.error.kit-title-required");
            }
            if (titles.values().stream().anyMatch(t -> t.length() > TITLE_MAX)) {
                problems.add("press.error.kit-title-too-long");
            }
            if (!LANGUAGES.containsAll(titles.keySet())
                    || sections.stream()
                            .anyMatch(s -> !LANGUAGES.containsAll(s.versions().keySet()))) {
                problems.add("press.error.kit-language");
            }
            if (sections.size() > SECTIONS_MAX) {
                problems.add("press.error.kit-too-many-sections");
            }
            for (Section s : sections) {
                if (s.in(FRENCH) == null || s.in(FRENCH).title().isEmpty()) {
                    problems.add("press.error.kit-section-title-required");
                }
                for (Version v : s.versions().values()) {
                    if (v.body().length() > BODY_MAX || v.title().length() > TITLE_MAX) {
                        problems.add("press.error.kit-section-too-long");
                    }
                    if (Markdown.hasActiveMarkup(v.body()) || Markdown.hasActiveMarkup(v.title())) {
                        problems.add("press.error.kit-active-markup");
                    }
                }
            }
            return problems.stream().distinct().toList();
        }
    }

    public String title(String language) {
        String t = titles.get(language);
        return t == null || t.isBlank() ? titles.getOrDefault(FRENCH, "") : t;
    }

    /** For each language, how many sections (and the title) miss a version or were machine-translated. */
    public List<Translation> translations() {
        List<Translation> all = new ArrayList<>();
        for (String language : LANGUAGES) {
            int missing = titles.getOrDefault(language, "").isBlank() ? 1 : 0;
            int machine = 0;
            for (Section s : sections) {
                Version v = s.in(language);
                if (v == null) {
                    missing++;
                } else if (v.machine()) {
                    machine++;
                }
            }
            all.add(new Translation(language, missing, machine, sections.size() + 1));
        }
        return all;
    }

    /** The languages a reader may choose: those with a title and at least one section, French always. */
    public List<String> readableLanguages() {
        return LANGUAGES.stream()
                .filter(l -> l.equals(FRENCH)
                        || (!titles.getOrDefault(l, "").isBlank()
                                && sections.stream().anyMatch(s -> s.in(l) != null)))
                .toList();
    }

    public Draft draft(java.time.ZoneId zone) {
        return new Draft(
                titles,
                sections,
                photoIds,
                files,
                embargo == null ? null : LocalDateTime.ofInstant(embargo, zone),
                visibility);
    }

    public boolean underEmbargo(Instant now) {
        return embargo != null && now.isBefore(embargo);
    }

    /** Visible to anyone with the link (or to anyone, when public). */
    public boolean shared() {
        return visibility != Visibility.PRIVATE;
    }
}
