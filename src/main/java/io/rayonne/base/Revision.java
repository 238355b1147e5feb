package io.rayonne.base;

/**
 * The sequence number and primary term an editable document had when it was read. Saving with a
 * revision that is no longer current is a conflict, never a silent overwrite.
 */
public record Revision(long seqNo, long primaryTerm) {}
