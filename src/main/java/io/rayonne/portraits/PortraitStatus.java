package io.rayonne.portraits;

import java.util.Set;

/** Where a portrait stands: draft → submitted → changes requested → approved → scheduled → published (or withdrawn). */
public enum PortraitStatus {
    DRAFT,
    SUBMITTED,
    CHANGES_REQUESTED,
    APPROVED,
    SCHEDULED,
    PUBLISHED,
    WITHDRAWN;

    /** The guide may change the text only before review or when changes were requested. */
    public boolean editableByGuide() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    public boolean canMoveTo(PortraitStatus next) {
        return switch (this) {
            case DRAFT, CHANGES_REQUESTED -> next == SUBMITTED;
            case SUBMITTED -> Set.of(CHANGES_REQUESTED, APPROVED).contains(next);
            case APPROVED ->
                Set.of(SCHEDULED, PUBLISHED, WITHDRAWN, CHANGES_REQUESTED).contains(next);
            case SCHEDULED -> Set.of(PUBLISHED, WITHDRAWN, APPROVED).contains(next);
            case PUBLISHED -> next == WITHDRAWN;
            case WITHDRAWN -> next == DRAFT;
        };
    }
}
