package io.rayonne.observatoire;

import java.time.Instant;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** One figure changed in one month: before (null when first entered), after (null when removed). */
public record KeyFigureChange(
        String officeId,
        YearMonth month,
        String figure,
        @Nullable Double before,
        @Nullable Double after,
        String by,
        Instant at) {}
