package io.rayonne.base;

import java.util.List;

/** What an administrator can see and do with Rayonne's indices. */
public interface IndexAdministration {

    /** One index as it stands: alias, concrete index, mapping version, document count, health. */
    record IndexStatus(String alias, String index, int mappingVersion, long documents, String health) {}

    /** Reports progress of a rebuild: documents copied so far out of the total. */
    @FunctionalInterface
    interface Progress {
        void copied(long done, long total);
    }

    List<IndexStatus> status();

    /**
     * Copies the alias's index into a new version with the current settings and mappings, then swaps
     * the alias. People keep writing during the copy: what they write meanwhile is copied again
     * after it; writes are held only for the last short catch-up and the swap, and single writes
     * wait through that moment rather than fail (bulk writes report it per item, never drop it).
     */
    IndexStatus rebuild(String alias, Progress progress);
}
