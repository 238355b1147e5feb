package io.rayonne.accounts;

/** What a user does in Rayonne; a user may hold several. */
public enum Role {
    ADMIN,
    COMMUNICATION,
    PRESS,
    GUIDE;

    /** The Spring Security authority name, as used in {@code @RolesAllowed}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Staff see the office's internal work; a guide sees only their own. */
    public boolean isStaff() {
        return this != GUIDE;
    }
}
