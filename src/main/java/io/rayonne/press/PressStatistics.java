package io.rayonne.press;

import org.jspecify.annotations.Nullable;

/**
 * Press work over a period, counted by Elasticsearch: the visits that started in it and what they
 * cost (actual costs once entered, the programme's otherwise), the coverage that appeared in it, and
 * how much of that coverage came from a visit.
 */
public record PressStatistics(long visits, long visitCostCents, long coverageFromVisits, CoverageReport coverage) {

    /** What one piece of coverage brought by a visit cost, or null when visits brought none. */
    public @Nullable Long costPerArticleCents() {
        return coverageFromVisits == 0 ? null : Math.round((double) visitCostCents / coverageFromVisits);
    }
}
