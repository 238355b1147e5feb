package io.rayonne.accounts;

import io.rayonne.base.Revision;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Someone who signs in to Rayonne. The id is the login, lower case. */
public record User(
        String id,
        String displayName,
        @Nullable String email,
        String officeId,
        Set<Role> roles,
        boolean active,
        Locale locale,
        @Nullable Revision revision) {

    public User {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }
}
