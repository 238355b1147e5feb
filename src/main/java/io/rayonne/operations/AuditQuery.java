package io.rayonne.operations;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator looks for in the audit log: words (a title, a login, an id, an address),
 * a kind of thing, a person, days (Paris time, both included).
 */
public record AuditQuery(
        String text,
        @Nullable String subjectType,
        @Nullable String actor,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static AuditQuery everything() {
        return new AuditQuery("", null, null, null, null);
    }
}
