package io.rayonne.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts who made the request into each of its log lines ({@code user.name}, a field of the
 * structured logs). Runs after Spring Security, which has read the session by then.
 */
@Component
class LogContext extends OncePerRequestFilter {

    static final String USER = "user.name";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || !who.isAuthenticated() || "anonymousUser".equals(who.getName())) {
            chain.doFilter(request, response);
            return;
        }
        MDC.put(USER, who.getName());
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(USER);
        }
    }
}
