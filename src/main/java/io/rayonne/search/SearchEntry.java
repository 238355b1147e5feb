package io.rayonne.search;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One searchable item as a feature describes it.
 *
 * @param type short name of the kind of item ("note", "user"…), also the key of its label
 *     {@code search.type.<type>} in the translations
 * @param id the item's id within its type
 * @param title shown as the result's title, and the source of suggestions while typing
 * @param body plain text searched and quoted in excerpts
 * @param officeId the office the item belongs to
 * @param status workflow status, a facet ({@code status.<status>} in the translations), if any
 * @param date the item's date for the date facet and sorting, if any
 * @param route where the result opens, relative to the application root
 * @param readers who may see it: see {@link Readers}
 */
public record SearchEntry(
        String type,
        String id,
        String title,
        String body,
        String officeId,
        @Nullable String status,
        @Nullable Instant date,
        String route,
        Set<String> readers) {

    public SearchEntry {
        readers = Set.copyOf(readers);
        if (readers.isEmpty()) {
            throw new IllegalArgumentException("An entry nobody may read would never be found: " + type + ":" + id);
        }
    }

    /** The id of the entry in the search index: unique across types. */
    public String key() {
        return type + ":" + id;
    }
}
