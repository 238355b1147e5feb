package io.rayonne.calendar.ui;

import com.vaadin.flow.component.html.Span;
import io.rayonne.calendar.PostStatus;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How the calendar's screens write a post's moment and status. */
final class PostTexts {

    private PostTexts() {}

    /** "samedi 28 mars 2027 à 10:00" (Paris time, as planned). */
    static String when(@Nullable LocalDateTime at, Locale locale) {
        if (at == null) {
            return "";
        }
        String pattern =
                locale.getLanguage().equals("fr") ? "EEEE d MMMM yyyy 'à' HH:mm" : "EEEE d MMMM yyyy 'at' HH:mm";
        return DateTimeFormatter.ofPattern(pattern, locale).format(at);
    }

    /** Lumo badge colours: grey while it is being written, blue in review, green once ready or out. */
    static Span badge(PostStatus status, String label) {
        var badge = new Span(label);
        badge.getElement()
                .setAttribute(
                        "theme",
                        switch (status) {
                            case IDEA, DRAFT -> "badge contrast";
                            case IN_REVIEW -> "badge";
                            case APPROVED, SCHEDULED -> "badge success";
                            case PUBLISHED -> "badge success primary";
                            case CANCELLED -> "badge error";
                        });
        badge.addClassName("rayonne-post-status");
        return badge;
    }
}
