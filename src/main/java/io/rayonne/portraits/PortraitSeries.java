package io.rayonne.portraits;

import io.rayonne.base.Revision;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * A named series of portraits published one after another ("Portraits de guides 2025"): the n-th
 * portrait goes out {@code n × everyDays} days after the start, at the plan's time, Paris time.
 * Once scheduled, the calendar holds one post per portrait ({@link SeriesScheduled}).
 *
 * @param scheduled whether the team scheduled it: its portraits are then "scheduled" and the plan
 *     is locked until it is unscheduled
 */
public record PortraitSeries(
        String id,
        String officeId,
        SeriesPlan plan,
        boolean scheduled,
        Instant updatedAt,
        String updatedBy,
        @Nullable Revision revision) {

    /** One portrait's place in the series. */
    public record Slot(int position, String portraitId, LocalDateTime at) {}

    public List<Slot> slots() {
        List<String> ids = plan.portraitIds();
        return IntStream.range(0, ids.size())
                .mapToObj(i -> new Slot(
                        i + 1,
                        ids.get(i),
                        plan.start().plusDays((long) i * plan.everyDays()).atTime(plan.time())))
                .toList();
    }
}
