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
     * the alias. Writes are blocked on the old index while it is copied, so none is lost: a writer
     * meanwhile gets an error instead of a silent drop.
     */
    IndexStatus rebuild(String alias, Progress progress);
}
