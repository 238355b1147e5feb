package io.rayonne.accounts;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an administrator types to create a user. */
public record NewUser(
        String login, String displayName, @Nullable String email, String officeId, Set<Role> roles, Locale locale) {}
