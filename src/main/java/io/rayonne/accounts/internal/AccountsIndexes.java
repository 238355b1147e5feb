package io.rayonne.accounts.internal;

import io.rayonne.base.IndexDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountsIndexes {

    @Bean
    IndexDefinition usersIndex() {
        return new IndexDefinition("rayonne-users");
    }

    @Bean
    IndexDefinition officesIndex() {
        return new IndexDefinition("rayonne-offices");
    }

    @Bean
    IndexDefinition networksIndex() {
        return new IndexDefinition("rayonne-networks");
    }
}
