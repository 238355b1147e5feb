package io.rayonne.mail.internal;

import io.rayonne.base.IndexDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MailIndexes {

    @Bean
    IndexDefinition messagesIndex() {
        return new IndexDefinition("rayonne-messages");
    }

    @Bean
    IndexDefinition suppressionsIndex() {
        return new IndexDefinition("rayonne-suppressions");
    }

    @Bean
    IndexDefinition mailEventsIndex() {
        return new IndexDefinition("rayonne-mail-events");
    }
}
