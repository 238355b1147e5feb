package io.rayonne.calendar;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The calendar's reminders.
 *
 * @param remindEvery how often Rayonne looks for posts to remind people of
 * @param reviewAhead how long before its day a post still in review is brought to its reviewers
 */
@ConfigurationProperties("rayonne.calendar")
public record CalendarProperties(
        @DefaultValue("PT1H") Duration remindEvery, @DefaultValue("P2D") Duration reviewAhead) {}
