package io.rayonne.operations;

import io.rayonne.operations.internal.AuditStore;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Reading the audit log, for administrators. Nothing in Rayonne changes or deletes a line of it:
 * lines are only appended, by the {@link io.rayonne.base.Audited} methods.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AuditTrail {

    /** The kinds of things the log names, as an administrator picks them. */
    public static final List<String> KINDS = List.of(
            "post",
            "portrait",
            "series",
            "photo",
            "note",
            "journalist",
            "outlet",
            "press-visit",
            "coverage",
            "press-kit",
            "partner",
            "segment",
            "bulletin",
            "key-figures",
            "user",
            "office",
            "calendar-feed",
            "settings",
            "index",
            "backup",
            "personal-data");

    /** A page of lines, newest first, and how many match in all. */
    public record Page(long total, List<AuditEntry> entries) {}

    private final AuditStore store;

    AuditTrail(AuditStore store) {
        this.store = store;
    }

    public Page search(AuditQuery query, int offset, int limit) {
        return store.search(query, offset, limit);
    }

    public long count(AuditQuery query) {
        return store.search(query, 0, 0).total();
    }
}
