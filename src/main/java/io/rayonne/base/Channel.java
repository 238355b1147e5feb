package io.rayonne.base;

import java.util.Locale;
import java.util.OptionalInt;
import org.apache.commons.text.WordUtils;

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

    private static final String ELLIPSIS = "…";

    /**
     * Body and tail (the hashtags) within the channel's limit: only the body is shortened, cut at a
     * word with an ellipsis; the tail always survives.
     */
    public String fit(String body, String tail) {
        String separator = tail.isEmpty() ? "" : "\n\n";
        String whole = body + separator + tail;
        if (limit().isEmpty() || count(whole) <= limit) {
            return whole;
        }
        int room = limit - count(separator + tail) - count(ELLIPSIS);
        if (room <= 0) {
            return WordUtils.abbreviate(whole, Math.max(0, limit - 20), limit - 1, ELLIPSIS);
        }
        String shortened = WordUtils.abbreviate(body, Math.max(0, room - 40), room, ELLIPSIS);
        // abbreviate counts chars, the network may weigh some more (links, emoji): cut again if needed.
        while (count(shortened + separator + tail) > limit && room > 1) {
            room--;
            shortened = WordUtils.abbreviate(body, Math.max(0, room - 40), room, ELLIPSIS);
        }
        return shortened.strip() + separator + tail;
    }

    /**
     * The text shortened to fit the channel, cut at a word; none of its hashtags is lost: a last
     * paragraph of hashtags stays as it is, and those of the part cut away are added to it.
     */
    public String shorten(String text) {
        String stripped = text.strip();
        if (fits(stripped) || limit().isEmpty()) {
            return stripped;
        }
        String body = stripped;
        String tail = "";
        int lastBreak = stripped.lastIndexOf("\n\n");
        if (lastBreak >= 0) {
            String last = stripped.substring(lastBreak).strip();
            if (!last.isEmpty() && HASHTAG.matcher(last).replaceAll("").isBlank()) {
                body = stripped.substring(0, lastBreak).strip();
                tail = last;
            }
        }
        String cut = fit(body, tail);
        // Moving a hashtag to the end shortens the body further: repeat until none is lost.
        for (int round = 0; round < 5; round++) {
            java.util.List<String> kept = hashtags(cut);
            java.util.List<String> lost = hashtags(body).stream()
                    .filter(h -> !kept.contains(h))
                    .distinct()
                    .toList();
            if (lost.isEmpty()) {
                break;
            }
            tail = (tail + " " + String.join(" ", lost)).strip();
            cut = fit(body, tail);
        }
        return cut;
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
