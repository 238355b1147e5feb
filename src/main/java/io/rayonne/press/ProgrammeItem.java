package io.rayonne.press;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One moment of a visit's programme: a visit, a meal, a night, a journey. The hosting partner
 * either offers it ({@code offered}, a gratuity) or the office pays {@code costCents}.
 *
 * @param id stable within the visit, so a moment can be changed or removed
 */
public record ProgrammeItem(
        String id,
        LocalDate date,
        @Nullable LocalTime time,
        Kind kind,
        String title,
        String partner,
        String address,
        String email,
        boolean offered,
        @Nullable Long costCents) {

    public enum Kind {
        VISIT,
        MEAL,
        NIGHT,
        TRANSPORT,
        OTHER;

        public String key() {
            return "press.item." + name().toLowerCase(Locale.ROOT);
        }
    }

    public ProgrammeItem {
        title = title.strip();
        partner = partner.strip();
        address = address.strip();
        email = email.strip();
        if (offered) {
            costCents = null;
        }
    }

    /** What the office pays for it: nothing when offered. */
    public long paidCents() {
        return costCents == null ? 0 : costCents;
    }
}
