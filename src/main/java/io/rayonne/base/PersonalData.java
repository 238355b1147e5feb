package io.rayonne.base;

import java.util.List;
import java.util.Map;

/**
 * A feature that holds personal data about people it knows by their email address: it says what
 * it holds, and erases it on request while keeping what is only counted. The operations module asks
 * every holder for an administrator's export or erasure (decision 12).
 */
public interface PersonalData {

    /** What an erased address becomes wherever a record must keep one (a message, a bulletin copy). */
    String ERASED_ADDRESS = "adresse-effacee@rayonne.invalid";

    /** The address as typed, in lower case and folded: older records may hold any of them. */
    static List<String> addressForms(String email) {
        String typed = email.strip();
        return List.copyOf(new java.util.LinkedHashSet<>(
                List.of(typed, typed.toLowerCase(java.util.Locale.ROOT), Names.foldEmail(typed))));
    }

    /**
     * One record held on the person.
     *
     * @param kind what it is ("partner-contact", "journalist", "user", "message", "delivery"…)
     * @param label what a person reads: the partner's name, the message's subject
     * @param data the record's fields as stored, without secrets (no password hash, no token)
     */
    record Held(String kind, String id, String label, Map<String, Object> data) {}

    List<Held> heldOn(String email);

    /**
     * The people held here with no sign of life since {@code before}, under the retention rule:
     * each record's {@code data} carries their {@code email} and {@code lastActivity}. None by default.
     */
    default List<Held> inactiveSince(java.time.Instant before) {
        return List.of();
    }

    /** Erases or anonymises what is held on the person, keeping counts; returns how many records changed. */
    int erase(String email);
}
