package io.rayonne.operations.internal;

import io.rayonne.accounts.SystemUser;
import io.rayonne.base.Audited;
import io.rayonne.operations.AuditEntry;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.expression.MethodBasedEvaluationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends a line to the audit log after each successful call of an {@link Audited} method. A line
 * that cannot be written (the store just went away) is logged in full instead: it is not lost, and
 * the action, already done, is not undone.
 */
class AuditRecorder implements MethodInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AuditRecorder.class);
    private static final SpelExpressionParser PARSER = new SpelExpressionParser();
    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    private final ObjectProvider<AuditStore> store;
    private final ObjectProvider<Clock> clock;
    private final Map<String, Expression> expressions = new ConcurrentHashMap<>();

    AuditRecorder(ObjectProvider<AuditStore> store, ObjectProvider<Clock> clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
        Object result = invocation.proceed();
        Method method = AopUtils.getMostSpecificMethod(
                invocation.getMethod(), invocation.getThis().getClass());
        Audited audited = AnnotationUtils.findAnnotation(method, Audited.class);
        if (audited != null) {
            record(audited, method, invocation.getArguments(), result);
        }
        return result;
    }

    private void record(Audited audited, Method method, Object[] arguments, @Nullable Object result) {
        AuditEntry entry;
        try {
            var context = new MethodBasedEvaluationContext(null, method, arguments, NAMES);
            context.setVariable("result", result);
            String detail = evaluate(audited.detail(), context);
            String action =
                    detail.isEmpty() ? audited.value() : audited.value() + "." + detail.toLowerCase(Locale.ROOT);
            Authentication who = SecurityContextHolder.getContext().getAuthentication();
            entry = new AuditEntry(
                    clock.getObject().instant(),
                    who == null ? SystemUser.NAME : who.getName(),
                    who == null
                            ? List.of()
                            : who.getAuthorities().stream()
                                    .map(GrantedAuthority::getAuthority)
                                    .map(a -> a.replaceFirst("^ROLE_", ""))
                                    .sorted()
                                    .toList(),
                    action,
                    evaluate(audited.subject(), context),
                    evaluate(audited.label(), context),
                    origin());
        } catch (RuntimeException e) {
            log.error("Audit line of {} could not be made", method, e);
            return;
        }
        try {
            store.getObject().append(entry);
        } catch (RuntimeException e) {
            log.error("Audit line not stored, kept here: {}", entry, e);
        }
    }

    private String evaluate(String expression, MethodBasedEvaluationContext context) {
        if (expression.isEmpty()) {
            return "";
        }
        Object value =
                expressions.computeIfAbsent(expression, PARSER::parseExpression).getValue(context);
        return value == null ? "" : value.toString();
    }

    /** The request's address (behind a proxy, what Tomcat's forwarded-headers support made of it). */
    private static String origin() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return compact(request.getRemoteAddr());
        }
        return "";
    }

    /** An IPv6 address as people write it: the longest run of zero groups as "::" (0:0:0:0:0:0:0:1 is ::1). */
    static String compact(String address) {
        String[] groups = address.split(":", -1);
        if (groups.length != 8) {
            return address;
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < groups.length; ) {
            int j = i;
            while (j < groups.length && groups[j].matches("0+")) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        List<String> parts = new java.util.ArrayList<>();
        for (String group : groups) {
            parts.add(group.replaceFirst("^0+(?=.)", ""));
        }
        if (bestStart < 0) {
            return String.join(":", parts);
        }
        String head = String.join(":", parts.subList(0, bestStart));
        String tail = String.join(":", parts.subList(bestStart + bestLength, parts.size()));
        return head + "::" + tail;
    }
}
