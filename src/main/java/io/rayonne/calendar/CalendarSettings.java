package io.rayonne.calendar;

import io.rayonne.base.Channel;
import io.rayonne.base.Revision;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An office's calendar settings: how its posts are reviewed, and the theme of each weekday ("le
 * lundi, le patrimoine") that fills in a new post planned on that day.
 */
public record CalendarSettings(
        ApprovalPolicy policy, Map<DayOfWeek, WeekdayTheme> weekdays, @Nullable Revision revision) {

    public static final int THEME_MAX = 80;
    public static final int OPENING_MAX = 500;

    public CalendarSettings {
        weekdays = weekdays.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(weekdays));
    }

    /**
     * A weekday's theme: its name, the channels a post of that day usually goes to, and the words
     * its texts start with (a hashtag such as #MardiGourmand).
     */
    public record WeekdayTheme(String theme, Set<Channel> channels, String opening) {
        public WeekdayTheme {
            theme = theme.strip();
            channels = channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
            opening = opening.strip();
        }
    }

    public CalendarSettings withPolicy(ApprovalPolicy newPolicy) {
        return new CalendarSettings(newPolicy, weekdays, revision);
    }

    public @Nullable WeekdayTheme on(DayOfWeek day) {
        return weekdays.get(day);
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (WeekdayTheme t : weekdays.values()) {
            if (t.theme().isEmpty()) {
                problems.add("calendar.settings.error.theme-required");
            } else if (t.theme().length() > THEME_MAX) {
                problems.add("calendar.settings.error.theme-too-long");
            }
            if (t.opening().length() > OPENING_MAX) {
                problems.add("calendar.settings.error.opening-too-long");
            }
        }
        return problems.stream().distinct().toList();
    }
}
