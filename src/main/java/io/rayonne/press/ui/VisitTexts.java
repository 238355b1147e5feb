package io.rayonne.press.ui;

import com.vaadin.flow.component.html.Span;
import io.rayonne.press.PressVisit;
import io.rayonne.press.VisitStatus;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How visits read on the press screens. */
final class VisitTexts {

    private VisitTexts() {}

    /** "14 févr. 2027 – 17 févr. 2027", one date for a one-day visit. */
    static String dates(PressVisit v, Locale locale, String none) {
        return dates(v.start(), v.end(), locale, none);
    }

    static String dates(@Nullable LocalDate start, @Nullable LocalDate end, Locale locale, String none) {
        if (start == null) {
            return none;
        }
        var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        if (end == null || end.equals(start)) {
            return format.format(start);
        }
        return format.format(start) + " – " + format.format(end);
    }

    /** Lumo badge colours: grey for ideas, blue while planned, green once done, red when cancelled. */
    static String theme(VisitStatus status) {
        return switch (status) {
            case IDEA -> "badge contrast";
            case PROPOSED, CONFIRMED -> "badge";
            case DONE, COVERAGE_EXPECTED -> "badge success";
            case CLOSED -> "badge success primary";
            case CANCELLED -> "badge error";
        };
    }

    static Span badge(VisitStatus status, String label) {
        var badge = new Span(label);
        badge.getElement().setAttribute("theme", theme(status));
        badge.addClassName("rayonne-visit-status");
        return badge;
    }
}
