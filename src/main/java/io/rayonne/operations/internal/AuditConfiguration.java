package io.rayonne.operations.internal;

import io.rayonne.base.Audited;
import java.time.Clock;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;

/**
 * Every {@link Audited} method of every feature is advised by the {@link AuditRecorder}. An
 * infrastructure advisor, as method security's are, so the same proxy carries both (security
 * first: a refused call is not an action).
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor auditAdvisor(ObjectProvider<AuditStore> store, ObjectProvider<Clock> clock) {
        var advisor = new DefaultPointcutAdvisor(
                new AnnotationMatchingPointcut(null, Audited.class, true), new AuditRecorder(store, clock));
        advisor.setOrder(org.springframework.core.Ordered.LOWEST_PRECEDENCE);
        return advisor;
    }
}
