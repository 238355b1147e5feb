package io.rayonne.calendar;

/** What someone does to a post in the workflow. */
public enum PostAction {
    /** An idea becomes a draft someone works on. */
    START,
    SUBMIT,
    APPROVE,
    /** Back to draft, with a note saying why. */
    REJECT,
    SCHEDULE,
    UNSCHEDULE,
    /** Marked published, with its link: Rayonne plans and tracks, it does not post. */
    PUBLISH,
    CANCEL,
    /** A cancelled post becomes a draft again. */
    REOPEN
}
