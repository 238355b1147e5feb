package io.rayonne.observatoire;

import io.rayonne.base.Revision;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The key figures an office entered for one month, by figure code; a figure not known is absent. */
public record MonthFigures(
        String officeId,
        YearMonth month,
        Map<String, Double> values,
        String updatedBy,
        Instant updatedAt,
        @Nullable Revision revision) {

    public MonthFigures {
        values = Map.copyOf(values);
    }
}
