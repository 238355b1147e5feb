package io.rayonne.accounts.internal;

import io.rayonne.accounts.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Checks a login and password against the stored hash, throttling repeated failures. */
@Component
class RayonneAuthenticationProvider implements AuthenticationProvider {

    /** Compared against when the login does not exist, so that timing does not tell. */
    private final String dummyHash;

    private final AccountStore store;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;

    RayonneAuthenticationProvider(AccountStore store, PasswordEncoder passwords, LoginThrottle throttle) {
        this.store = store;
        this.passwords = passwords;
        this.throttle = throttle;
        this.dummyHash = passwords.encode("not a password");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String login = authentication.getName().strip().toLowerCase(java.util.Locale.ROOT);
        String password = String.valueOf(authentication.getCredentials());
        var wait = throttle.waitFor(login);
        if (wait.isPresent()) {
            throw new LoginThrottledException(wait.get());
        }
        Optional<UserDocument> user;
        try {
            user = store.user(login);
        } catch (DataAccessException e) {
            // Not a failed attempt: the password could not be checked. The login page says why.
            throw new InternalAuthenticationServiceException("The user store does not answer", e);
        }
        boolean matches =
                passwords.matches(password, user.map(UserDocument::passwordHash).orElse(dummyHash));
        if (user.isEmpty() || !matches) {
            throttle.failed(login);
            throw new BadCredentialsException("Bad credentials");
        }
        if (!user.get().active()) {
            throw new DisabledException("Account deactivated");
        }
        throttle.succeeded(login);
        List<SimpleGrantedAuthority> authorities = user.get().roles().stream()
                .map(r -> new SimpleGrantedAuthority(Role.valueOf(r).authority()))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(login, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
