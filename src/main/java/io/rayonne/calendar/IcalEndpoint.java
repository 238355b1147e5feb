package io.rayonne.calendar;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /ical/<token>.ics}: a calendar feed for Outlook, Google Calendar or Thunderbird, read
 * without a login (the token is the key). A wrong or revoked token is a plain 404, telling nothing.
 */
@RestController
class IcalEndpoint {

    static final String PATH = "/ical/**";

    private final CalendarFeeds feeds;

    IcalEndpoint(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    /** Calendar clients have no session, no CSRF token and no login page. */
    @Bean
    @Order(2)
    static SecurityFilterChain icalSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(PATH)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @GetMapping("/ical/{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token, HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        String base = url.substring(0, url.indexOf("/ical/")) + "/";
        return feeds.ics(token, base)
                .map(text -> ResponseEntity.ok()
                        .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                        .cacheControl(CacheControl.noStore())
                        .body(text.getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .contentType(MediaType.TEXT_PLAIN)
                        .body("Not found".getBytes(StandardCharsets.UTF_8)));
    }
}
