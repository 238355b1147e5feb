package io.rayonne.search;

import io.rayonne.accounts.Role;
import io.rayonne.accounts.User;
import java.util.HashSet;
import java.util.Set;

/**
 * Who may read a search entry, as tokens matched against the searching user's own. An entry lists
 * the tokens that open it; a user holds {@link #EVERYONE}, their own {@link #user(String)}, a token
 * per role, and {@link #STAFF} unless they are only a guide.
 */
public final class Readers {

    /** Every signed-in user, guides included. */
    public static final String EVERYONE = "everyone";
    /** The offices' staff: communication, press, admin — not guides. */
    public static final String STAFF = "staff";

    private Readers() {}

    public static String user(String userId) {
        return "user:" + userId;
    }

    public static String role(Role role) {
        return "role:" + role.name();
    }

    public static Set<String> of(User user) {
        Set<String> tokens = new HashSet<>();
        tokens.add(EVERYONE);
        tokens.add(user(user.id()));
        user.roles().forEach(r -> tokens.add(role(r)));
        if (user.isStaff()) {
            tokens.add(STAFF);
        }
        return tokens;
    }
}
