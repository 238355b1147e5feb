package io.rayonne.newsletter;

import org.jspecify.annotations.Nullable;

/** One piece of a section: written in the issue, or pulled from Rayonne's content. */
public sealed interface Block permits Block.Text, Block.KeyFigure, Block.Image, Block.Pulled {

    String id();

    /** Markdown, shown as sanitised HTML; {prénom}, {entreprise} and {office} are filled per recipient. */
    record Text(String id, String markdown) implements Block {}

    /** A number and what it counts ("210" — "dossiers de groupes traités en octobre"). */
    record KeyFigure(String id, String number, String caption) implements Block {}

    /** A photo of the media library, shown with its credit; its consent must cover newsletters. */
    record Image(String id, String photoId, String caption) implements Block {}

    /**
     * Content of Rayonne shown in the issue: its excerpt follows the source until the issue is
     * sent, then stays as it was sent. {@code excerpt} is null when the source could not be read.
     */
    record Pulled(String id, Source source, String sourceId, @Nullable Excerpt excerpt) implements Block {
        public Pulled withExcerpt(@Nullable Excerpt next) {
            return new Pulled(id, source, sourceId, next);
        }
    }

    /** Where pulled content comes from. */
    enum Source {
        POST,
        PORTRAIT,
        VISIT,
        COVERAGE,
        KIT;

        public String key() {
            return "newsletter.source." + name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The type of this content's entries in the search index. */
        public String searchType() {
            return switch (this) {
                case POST -> "post";
                case PORTRAIT -> "portrait";
                case VISIT -> "press-visit";
                case COVERAGE -> "coverage";
                case KIT -> "press-kit";
            };
        }
    }

    /**
     * What an issue shows of pulled content. {@code deleted}: the source is gone; the issue cannot
     * be sent until the block is removed (the last excerpt read is kept to say what it was).
     *
     * @param path where the content lives in Rayonne (or its public page), relative to the app
     * @param partnerIds partners the content features, for the statistics
     */
    record Excerpt(
            String title,
            String text,
            String path,
            @Nullable String photoId,
            String credit,
            java.util.List<String> partnerIds,
            boolean deleted) {

        public Excerpt {
            partnerIds = java.util.List.copyOf(partnerIds);
        }

        public Excerpt asDeleted() {
            return new Excerpt(title, text, path, photoId, credit, partnerIds, true);
        }
    }
}
