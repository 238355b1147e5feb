package io.rayonne.search;

import java.util.List;

/** One query over everything the current user may see. */
public interface UnifiedSearch {

    SearchResults search(SearchQuery query);

    List<Suggestion> suggest(String prefix, int size);
}
