package io.rayonne.newsletter;

import io.rayonne.base.Revision;
import io.rayonne.base.Slugs;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One issue of a bulletin. {@code name} is the bulletin it belongs to ("Back Office", "Zoom
 * sur…"): partners choose on their preferences page which of an office's bulletins they receive.
 *
 * @param networkId set for an issue of a network (one section per office), read by all its offices
 * @param sentAt when sending began: from then on the issue is frozen, pulled blocks included
 */
public record Bulletin(
        String id,
        String officeId,
        @Nullable String networkId,
        String name,
        String title,
        LocalDate date,
        String language,
        BulletinTemplate template,
        List<Section> sections,
        BulletinState state,
        @Nullable Instant sentAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        @Nullable Revision revision) {

    public static final int NAME_MAX = 80;
    public static final int TITLE_MAX = 160;
    public static final int SECTIONS_MAX = 20;
    public static final int BLOCKS_MAX = 30;

    public Bulletin {
        sections = List.copyOf(sections);
    }

    /** The bulletin this issue belongs to, as partners' preferences name it. */
    public String series() {
        return seriesOf(officeId, name);
    }

    public static String seriesOf(String officeId, String name) {
        return Slugs.of(officeId + " " + name);
    }

    public boolean frozen() {
        return state != BulletinState.DRAFT;
    }

    /** Every block, section after section. */
    public List<Block> blocks() {
        return sections.stream().flatMap(s -> s.blocks().stream()).toList();
    }

    public Draft draft() {
        return new Draft(name, title, date, language, sections);
    }

    /** What the editor changes. */
    public record Draft(String name, String title, LocalDate date, String language, List<Section> sections) {
        public Draft {
            name = name.strip();
            title = title.strip();
            sections = List.copyOf(sections);
        }
    }

    /** What makes a draft wrong: a message key and its arguments. */
    public record Problem(String key, List<String> arguments) {
        public Problem {
            arguments = List.copyOf(arguments);
        }

        public static Problem of(String key, String... arguments) {
            return new Problem(key, List.of(arguments));
        }
    }
}
