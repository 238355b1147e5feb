package io.rayonne.press;

import java.util.Locale;

/**
 * A body organising the visit with the office: the departmental committee (CDT or ADT), the
 * regional committee, another office. A CDT co-organising is copied on the programme email.
 */
public record CoOrganiser(Kind kind, String name, String contact, String email) {

    public enum Kind {
        CDT,
        CRT,
        OFFICE,
        OTHER;

        public String key() {
            return "press.co-organiser." + name().toLowerCase(Locale.ROOT);
        }
    }

    public CoOrganiser {
        name = name.strip();
        contact = contact.strip();
        email = email.strip();
    }

    /** The departmental committee is kept informed: in copy, not among the addressees. */
    public boolean inCopy() {
        return kind == Kind.CDT;
    }
}
