package io.rayonne.search;

import java.util.stream.Stream;

/** The SPI each feature implements: every entry it has, to fill the search index again. */
public interface SearchSource {

    /** The type of entry this source provides, as in {@link SearchEntry#type()}. */
    String type();

    Stream<SearchEntry> entries();
}
