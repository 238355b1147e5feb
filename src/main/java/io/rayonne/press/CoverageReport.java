package io.rayonne.press;

import java.time.LocalDate;
import java.util.List;

/**
 * Coverage over a period, counted by Elasticsearch: how many pieces, the reach they claim, and the
 * same by market, language and medium, largest first.
 */
public record CoverageReport(
        LocalDate from,
        LocalDate to,
        long count,
        long reach,
        List<Bucket> byMarket,
        List<Bucket> byLanguage,
        List<Bucket> byMedium) {

    /** One market, language or medium: its code, its pieces and their reach. */
    public record Bucket(String key, long count, long reach) {}

    public CoverageReport {
        byMarket = List.copyOf(byMarket);
        byLanguage = List.copyOf(byLanguage);
        byMedium = List.copyOf(byMedium);
    }

    public boolean isEmpty() {
        return count == 0;
    }
}
