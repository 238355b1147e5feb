/**
 * Unified search over everything Rayonne holds. Features describe their content with
 * {@link io.rayonne.search.SearchEntry} and keep it current through {@link io.rayonne.search.SearchIndex};
 * each implements {@link io.rayonne.search.SearchSource} so the index can be filled again from them.
 * See docs/decisions/0004-unified-search.md.
 */
@NullMarked
package io.rayonne.search;

import org.jspecify.annotations.NullMarked;
