package io.rayonne.partners;

/**
 * How many are in a segment, and how many of its contacts a bulletin would reach.
 *
 * @param contacts the contacts that match
 * @param reachable subscribed, with an email address
 * @param withoutEmail subscribed, but no address to write to
 */
public record SegmentCount(
        long partners, long contacts, long reachable, long unsubscribed, long suppressed, long withoutEmail) {

    public static final SegmentCount NONE = new SegmentCount(0, 0, 0, 0, 0, 0);
}
