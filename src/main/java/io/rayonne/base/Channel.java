package io.rayonne.base;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * Where an office publishes, with the networks' own limits counted as each network counts: X by its
 * published rules (twitter-text: a link weighs 23, an emoji 2, accented Latin 1, CJK 2); Facebook,
 * Instagram and LinkedIn as their web composers do, in UTF-16 units (an emoji weighs 2); Instagram
 * refuses a caption with more than 30 hashtags.
 */
public enum Channel {
    FACEBOOK(63_206, true),
    INSTAGRAM(2_200, true),
    LINKEDIN(3_000, true),
    X(280, true),
    WEBSITE(0, false),
    BLOG(0, false),
    NEWSLETTER(0, false),
    PRESS_RELEASE(0, false);

    private final int limit;
    private final boolean socialNetwork;

    Channel(int limit, boolean socialNetwork) {
        this.limit = limit;
        this.socialNetwork = socialNetwork;
    }

    private static final java.util.regex.Pattern HASHTAG =
            java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}_&])#[\\p{L}\\p{N}_]*\\p{L}[\\p{L}\\p{N}_]*");

    /** How long the text is for this network, counted its way. */
    public int count(String text) {
        return switch (this) {
            case X -> com.twitter.twittertext.TwitterTextParser.parseTweet(text).weightedLength;
            case FACEBOOK, INSTAGRAM, LINKEDIN -> text.length();
            default -> text.codePointCount(0, text.length());
        };
    }

    /** The most hashtags a post may carry, when the network sets one. */
    public OptionalInt hashtagLimit() {
        return this == INSTAGRAM ? OptionalInt.of(30) : OptionalInt.empty();
    }

    /** The hashtags of a text, in order ("#Amiens", "#racontemoiDunkerque"). */
    public static java.util.List<String> hashtags(String text) {
        return HASHTAG.matcher(text)
                .results()
                .map(java.util.regex.MatchResult::group)
                .toList();
    }

    /** Whether the text fits the network: within its length and its number of hashtags. */
    public boolean fits(String text) {
        return (limit().isEmpty() || count(text) <= limit().getAsInt())
                && (hashtagLimit().isEmpty()
                        || hashtags(text).size() <= hashtagLimit().getAsInt());
    }

    /** The most characters a post may have, when the channel has a limit. */
    public OptionalInt limit() {
        return limit == 0 ? OptionalInt.empty() : OptionalInt.of(limit);
    }

    public boolean socialNetwork() {
        return socialNetwork;
    }

    /** Translation key of the channel's name. */
    public String key() {
        return "channel." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
