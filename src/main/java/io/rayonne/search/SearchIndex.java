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

    /**
     * Like {@link #load}, but only the entries the index lacks or holds otherwise: an import that
     * changed nothing of a partner still makes sure its entry is there (an earlier run may have
     * stopped before loading it) without indexing it again. Returns how many were loaded.
     */
    int loadMissing(java.util.List<SearchEntry> entries);

    void flush();

    void remove(String type, String id);

    /** Puts every entry of every source again; returns how many. */
    long refill();
}
