package io.rayonne.calendar;

import java.util.List;

/**
 * Posts planned over a period (cancelled ones aside) and how many of them were published, counted by
 * Elasticsearch: per channel (a post on two channels counts on each), theme, month and office.
 */
public record PostStatistics(
        long planned,
        long published,
        List<Count> byChannel,
        List<Count> byTheme,
        List<Count> byMonth,
        List<Count> byOffice) {

    /** One channel, theme, month ({@code 2026-03}) or office id; a theme left empty has the key "". */
    public record Count(String key, long planned, long published) {}

    public PostStatistics {
        byChannel = List.copyOf(byChannel);
        byTheme = List.copyOf(byTheme);
        byMonth = List.copyOf(byMonth);
        byOffice = List.copyOf(byOffice);
    }

    public boolean isEmpty() {
        return planned == 0;
    }
}
