package io.rayonne.base.internal;

import io.rayonne.base.ElasticsearchSettings;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The clock every feature reads the time from (tests set it), and the scheduler of periodic work
 * (Spring Boot provides it once scheduling is enabled).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ElasticsearchSettings.class)
@EnableScheduling
class BaseConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
