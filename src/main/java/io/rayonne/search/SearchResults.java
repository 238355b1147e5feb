package io.rayonne.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A page of search results with their facets. Titles and excerpts are HTML: escaped text with {@code <mark>}. */
public record SearchResults(long total, List<Result> results, Map<String, List<FacetValue>> facets) {

    public record Result(
            String type,
            String id,
            String titleHtml,
            String excerptHtml,
            String officeId,
            @Nullable String status,
            @Nullable Instant date,
            String route) {}

    public record FacetValue(String value, long count) {}

    public static final String TYPE = "type";
    public static final String OFFICE = "office";
    public static final String STATUS = "status";
    public static final String YEAR = "year";
    /** Languages an item is in or offers (portraits: the guide's visit languages), as ISO codes. */
    public static final String LANGUAGE = "language";
    /** The territory an item is about. */
    public static final String TERRITORY = "territory";
    /** The countries whose public an item is for (journalists, outlets, coverage), as ISO codes. */
    public static final String MARKET = "market";
    /** The medium of press coverage: print, web, TV, radio, social networks. */
    public static final String MEDIUM = "medium";
    /** The channels a post goes to (FACEBOOK, INSTAGRAM…). */
    public static final String CHANNEL = "channel";
    /** A post's theme, as its office names it. */
    public static final String THEME = "theme";
    /** A post's campaign (a hashtag, often). */
    public static final String CAMPAIGN = "campaign";
    /** The month a post is planned for, as 2027-02. */
    public static final String MONTH = "month";
    /** A partner's line of business (ACCOMMODATION, FOOD…). */
    public static final String SECTOR = "sector";
    /** Facets that only some types fill, through {@link SearchEntry#facets()}. */
    public static final java.util.Set<String> SPECIFIC_FACETS =
            java.util.Set.of(LANGUAGE, TERRITORY, MARKET, MEDIUM, CHANNEL, THEME, CAMPAIGN, MONTH, SECTOR);
}
