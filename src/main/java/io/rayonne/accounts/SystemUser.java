package io.rayonne.accounts;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work that Rayonne does by itself (loading samples, filling the search index) passes the same
 * access checks as people, as an administrator named "system".
 */
public final class SystemUser {

    public static final String NAME = "system";

    /** Rayonne itself, as services see it: an administrator of no office. */
    public static final User USER =
            new User(NAME, "Rayonne", null, "", java.util.Set.of(Role.ADMIN), true, java.util.Locale.FRENCH, null);

    private SystemUser() {}

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                NAME, null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
