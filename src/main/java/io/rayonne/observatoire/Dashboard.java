package io.rayonne.observatoire;

import io.rayonne.calendar.PostStatistics;
import io.rayonne.newsletter.BulletinStatistics;
import io.rayonne.portraits.PortraitStatus;
import io.rayonne.press.PressStatistics;
import java.util.List;
import java.util.Map;

/**
 * What offices did over a period and over the same months a year earlier, everything counted by
 * Elasticsearch; the portraits' pipeline is as it stands today.
 */
public record Dashboard(
        List<String> officeIds,
        List<KeyFigure> figures,
        Figures current,
        Figures yearBefore,
        Map<PortraitStatus, Long> portraits) {

    public Dashboard {
        officeIds = List.copyOf(officeIds);
        figures = List.copyOf(figures);
        portraits = Map.copyOf(portraits);
    }

    /** One period's counts. */
    public record Figures(
            Period period,
            PostStatistics posts,
            PressStatistics press,
            BulletinStatistics bulletins,
            KeyFigureValues keyFigures) {

        public boolean isEmpty() {
            return posts.isEmpty()
                    && press.visits() == 0
                    && press.coverage().isEmpty()
                    && bulletins.isEmpty()
                    && keyFigures.isEmpty();
        }
    }
}
