package io.rayonne.partners;

import java.util.Locale;

/** Whether a partner pays its membership to the office ("adhérent"). */
public enum Membership {
    MEMBER,
    /** Was a member, has not renewed. */
    FORMER,
    NOT_MEMBER;

    public String key() {
        return "partners.membership." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
