package io.rayonne.press;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A journalist another office of the network approached or hosted lately: the press officer should
 * know before proposing one more visit.
 */
public record Saturation(
        String journalistId,
        String journalistName,
        String officeName,
        String visitSubject,
        VisitStatus status,
        @Nullable LocalDate start,
        @Nullable LocalDate end) {}
