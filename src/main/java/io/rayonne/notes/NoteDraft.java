package io.rayonne.notes;

/** What a person typed: a new note, or new text for an existing one. */
public record NoteDraft(String officeId, String title, String body) {

    /** Problems with the draft, as translation keys; empty when it may be saved. */
    public java.util.List<String> problems() {
        java.util.List<String> problems = new java.util.ArrayList<>();
        if (title.isBlank()) {
            problems.add("notes.error.title-required");
        } else if (title.strip().length() > Note.TITLE_MAX) {
            problems.add("notes.error.title-too-long");
        }
        if (body.length() > Note.BODY_MAX) {
            problems.add("notes.error.body-too-long");
        }
        return problems;
    }
}
