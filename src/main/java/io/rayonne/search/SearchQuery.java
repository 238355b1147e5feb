package io.rayonne.search;

import java.util.Map;

/**
 * What the user typed and the facet values they chose (facet name to value, see
 * {@link SearchResults}).
 */
public record SearchQuery(String text, Map<String, String> filters, int size) {

    public SearchQuery {
        filters = Map.copyOf(filters);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Map.of(), 20);
    }
}
