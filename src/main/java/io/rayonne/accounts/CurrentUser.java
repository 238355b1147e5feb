package io.rayonne.accounts;

import io.rayonne.accounts.internal.AccountStore;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The user signed in on this request, read fresh from the store (roles changed by an admin apply). */
@Component
public class CurrentUser {

    private final AccountStore store;

    CurrentUser(AccountStore store) {
        this.store = store;
    }

    public Optional<User> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (SystemUser.NAME.equals(auth.getName())) {
            // No account has this login (Accounts refuses it): only SystemUser signs in as it.
            return Optional.of(SystemUser.USER);
        }
        return store.user(auth.getName()).map(Accounts::toUser);
    }

    public User require() {
        return get().orElseThrow(() -> new IllegalStateException("No user signed in"));
    }
}
