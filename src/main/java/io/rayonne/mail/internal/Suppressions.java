package io.rayonne.mail.internal;

import org.jspecify.annotations.Nullable;

/** Why an address is suppressed, and the rules that decide it (see docs/decisions/0005-mail.md). */
final class Suppressions {

    static final String SPAM = "spam";
    static final String UNSUBSCRIBED = "unsub";
    static final String HARD_BOUNCE = "hard_bounce";
    static final String BLOCKED = "blocked";
    static final String SOFT_BOUNCES = "soft_bounces";
    static final String MANUAL = "manual";
    /** Soft bounces in a row that make an address suppressed. */
    static final int SOFT_BOUNCE_LIMIT = 3;

    private Suppressions() {}

    static String label(@Nullable String cause) {
        if (cause == null) {
            return "raison inconnue";
        }
        return switch (cause) {
            case SPAM -> "signalé comme indésirable";
            case UNSUBSCRIBED -> "désinscription";
            case HARD_BOUNCE -> "adresse inexistante";
            case BLOCKED -> "bloquée par Mailjet";
            case SOFT_BOUNCES -> SOFT_BOUNCE_LIMIT + " rebonds temporaires";
            case MANUAL -> "bloquée par un administrateur";
            default -> cause;
        };
    }
}
