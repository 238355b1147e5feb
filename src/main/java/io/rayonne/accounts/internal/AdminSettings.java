package io.rayonne.accounts.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The first administrator: login, office, and password (RAYONNE_ADMIN_PASSWORD), else generated. */
@ConfigurationProperties("rayonne.admin")
record AdminSettings(
        @DefaultValue("admin") String login,
        @Nullable String password,
        @DefaultValue("rayonne") String officeId,
        @DefaultValue("Rayonne") String officeName) {}
