package io.rayonne.observatoire;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dashboardDeadline how long a dashboard waits for Elasticsearch's counts before telling the
 *     person the store is slow, rather than leaving them before a blank page
 */
@ConfigurationProperties("rayonne.observatoire")
public record ObservatoireSettings(@DefaultValue("PT10S") Duration dashboardDeadline) {}
