package io.rayonne.partners;

import java.util.Locale;

/** Why the office may write to a contact (GDPR, article 6). */
public enum LegalBasis {
    /** The person agreed, at a date, through a source (a form, a fair, an email). */
    CONSENT,
    /** The partner's membership contract with the office. */
    CONTRACT,
    /** A professional relation the office may reasonably write to (B2B prospecting). */
    LEGITIMATE_INTEREST;

    public String key() {
        return "partners.basis." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
