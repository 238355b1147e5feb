package io.rayonne.search;

/** Keeps the search index in step with the features' content. */
public interface SearchIndex {

    /** Adds or replaces the entry, visible to searches when this returns. */
    void put(SearchEntry entry);

    /** Adds or replaces the entries in one request (a series of posts); visible when this returns. */
    void putAll(java.util.List<SearchEntry> entries);

    /**
     * Adds or replaces many entries (an import) without waiting for them to be searchable, which
     * would cost a refresh per request; {@link #flush()} makes everything loaded visible.
     */
    void load(java.util.List<SearchEntry> entries);

    void flush();

    void remove(String type, String id);

    /** Puts every entry of every source again; returns how many. */
    long refill();
}
