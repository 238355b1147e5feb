package io.rayonne.search;

import java.time.Instant;
import java.util.Map;
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
 * @param facets values of the type-specific facets ({@link SearchResults#LANGUAGE},
 *     {@link SearchResults#TERRITORY}), by facet
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
        Set<String> readers,
        Map<String, Set<String>> facets) {

    /** An entry with only the common facets (type, office, status, year). */
    public SearchEntry(
            String type,
            String id,
            String title,
            String body,
            String officeId,
            @Nullable String status,
            @Nullable Instant date,
            String route,
            Set<String> readers) {
        this(type, id, title, body, officeId, status, date, route, readers, Map.of());
    }

    public SearchEntry {
        readers = Set.copyOf(readers);
        facets = Map.copyOf(facets);
        if (!SearchResults.SPECIFIC_FACETS.containsAll(facets.keySet())) {
            throw new IllegalArgumentException("Unknown facets " + facets.keySet() + " for " + type + ":" + id);
        }
        if (readers.isEmpty()) {
            throw new IllegalArgumentException("An entry nobody may read would never be found: " + type + ":" + id);
        }
    }

    /** The id of the entry in the search index: unique across types. */
    public String key() {
        return type + ":" + id;
    }
}
