package io.rayonne.portraits;

import io.rayonne.base.Channel;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the team decides about a series: its name, its portraits in order, when the first one goes
 * out and how often the next ones follow, on which channels, with which hashtags.
 */
public record SeriesPlan(
        String name,
        List<String> portraitIds,
        LocalDate start,
        int everyDays,
        LocalTime time,
        Set<Channel> channels,
        String hashtags) {

    public static final int NAME_MAX = 120;
    public static final int HASHTAGS_MAX = 200;

    public SeriesPlan {
        name = name.strip();
        portraitIds = portraitIds.stream().distinct().toList();
        channels = Set.copyOf(channels);
        hashtags = hashtags.strip();
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add("series.error.name-required");
        } else if (name.length() > NAME_MAX) {
            problems.add("series.error.name-too-long");
        }
        if (everyDays < 1 || everyDays > 31) {
            problems.add("series.error.every-days");
        }
        if (channels.isEmpty()) {
            problems.add("series.error.channels-required");
        }
        if (hashtags.length() > HASHTAGS_MAX) {
            problems.add("series.error.hashtags-too-long");
        }
        return problems;
    }
}
