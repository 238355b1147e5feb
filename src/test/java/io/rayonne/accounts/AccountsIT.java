package io.rayonne.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rayonne.base.StaleEditException;
import io.rayonne.testing.IntegrationTest;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;

class AccountsIT extends IntegrationTest {

    @Autowired
    Accounts accounts;

    @Autowired
    AuthenticationProvider authentication;

    private String createUser(Role... roles) {
        String login = unique("user").toLowerCase(Locale.ROOT);
        String password = as(
                "nadia",
                () -> accounts.createUser(new NewUser(
                        login, "Personne de test", "test@example.org", "lille", Set.of(roles), Locale.FRENCH)),
                Role.ADMIN);
        assertThat(password).hasSizeGreaterThanOrEqualTo(12);
        return login + " " + password;
    }

    private void signInWithPassword(String login, String password) {
        authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(login, password));
    }

    @Test
    void anAdminCreatesAUserWhoCanSignInWithTheGivenPassword() {
        String[] credentials = createUser(Role.PRESS).split(" ");
        signInWithPassword(credentials[0], credentials[1]);
        assertThatThrownBy(() -> as(
                        "nadia",
                        () -> accounts.createUser(new NewUser(
                                credentials[0], "Doublon", null, "lille", Set.of(Role.GUIDE), Locale.FRENCH)),
                        Role.ADMIN))
                .isInstanceOf(LoginTakenException.class);
    }

    @Test
    void onlyAdminsManageUsers() {
        assertThatThrownBy(() -> as("camille", () -> accounts.users(), Role.COMMUNICATION))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("lea", () -> accounts.resetPassword("camille"), Role.GUIDE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDeactivatedUserCannotSignInAndAResetPasswordReplacesTheOldOne() {
        String[] credentials = createUser(Role.COMMUNICATION).split(" ");
        String login = credentials[0];
        String fresh = as("nadia", () -> accounts.resetPassword(login), Role.ADMIN);
        assertThatThrownBy(() -> signInWithPassword(login, credentials[1])).isInstanceOf(BadCredentialsException.class);
        signInWithPassword(login, fresh);

        User user = as("nadia", () -> accounts.user(login).orElseThrow(), Role.ADMIN);
        as(
                "nadia",
                () -> accounts.updateUser(new User(
                        user.id(),
                        user.displayName(),
                        user.email(),
                        user.officeId(),
                        user.roles(),
                        false,
                        user.locale(),
                        user.revision())),
                Role.ADMIN);
        assertThatThrownBy(() -> signInWithPassword(login, fresh)).isInstanceOf(DisabledException.class);

        // The same stale copy cannot be saved twice.
        assertThatThrownBy(() -> as("nadia", () -> accounts.updateUser(user), Role.ADMIN))
                .isInstanceOf(StaleEditException.class);
    }

    @Test
    void repeatedFailedLoginsSlowTheAccountDownEvenForTheRightPassword() {
        String[] credentials = createUser(Role.PRESS).split(" ");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signInWithPassword(credentials[0], "wrong"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signInWithPassword(credentials[0], credentials[1]))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("Too many failed logins");
    }
}
