package io.rayonne.operations;

import java.time.Instant;
import java.util.List;

/**
 * One line of the audit log.
 *
 * @param actor the login of who did it ("system" for Rayonne's own work)
 * @param action what was done, as {@link io.rayonne.base.Audited#value()} (with its detail)
 * @param origin the address the request came from; empty for work in the background
 */
public record AuditEntry(
        Instant at, String actor, List<String> roles, String action, String subjectId, String label, String origin) {

    /** The kind of thing acted on: the action's first word ("post"). */
    public String subjectType() {
        int dot = action.indexOf('.');
        return dot < 0 ? action : action.substring(0, dot);
    }
}
