package io.rayonne.accounts.internal;

import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.Network;
import io.rayonne.accounts.NewUser;
import io.rayonne.accounts.Office;
import io.rayonne.accounts.Role;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;

/**
 * Creates the administrator account when its login does not exist (first start): password from
 * RAYONNE_ADMIN_PASSWORD, or generated and printed once in the log.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdminSettings.class)
class FirstAdmin {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final Accounts accounts;
    private final AdminSettings settings;

    FirstAdmin(Accounts accounts, AdminSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void createFirstAdmin() {
        if (accounts.loginExists(settings.login())) {
            return;
        }
        if (accounts.office(settings.officeId()).isEmpty()) {
            accounts.registerNetwork(new Network(settings.officeId(), settings.officeName()));
            accounts.registerOffice(
                    new Office(settings.officeId(), settings.officeName(), settings.officeId(), null, null));
        }
        String configured = settings.password();
        boolean generated = configured == null || configured.isBlank();
        String password = generated ? generatePassword() : configured;
        accounts.register(
                new NewUser(
                        settings.login(),
                        "Administrateur",
                        null,
                        settings.officeId(),
                        Set.of(Role.ADMIN),
                        Locale.FRENCH),
                password);
        if (generated) {
            log.warn(
                    "\n\n  First start: administrator \"{}\" created with password  {}\n"
                            + "  It is shown only this once. Set RAYONNE_ADMIN_PASSWORD to choose it.\n",
                    settings.login(),
                    password);
        } else {
            log.info(
                    "First start: administrator \"{}\" created with the password from RAYONNE_ADMIN_PASSWORD",
                    settings.login());
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
