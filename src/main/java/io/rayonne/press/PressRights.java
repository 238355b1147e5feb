package io.rayonne.press;

import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.User;
import org.springframework.security.access.AccessDeniedException;

/** Who may do what with press contacts: the press officer and administrators write, the team reads. */
final class PressRights {

    private PressRights() {}

    static User writer(CurrentUser currentUser) {
        User user = currentUser.require();
        if (!user.has(Role.PRESS) && !user.has(Role.ADMIN)) {
            throw new AccessDeniedException("Press contacts are written by the press officer");
        }
        return user;
    }

    static User reader(CurrentUser currentUser) {
        User user = currentUser.require();
        if (!user.isStaff()) {
            throw new AccessDeniedException("Press contacts are for the team");
        }
        return user;
    }
}
