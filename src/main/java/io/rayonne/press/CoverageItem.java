package io.rayonne.press;

import io.rayonne.base.ContactDetails;
import io.rayonne.base.Languages;
import io.rayonne.base.Revision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One piece of coverage ("retombée"): an article, a broadcast or a post, with what it weighs.
 *
 * @param visitId the press visit that produced it, if any
 * @param pages for print: how many pages (half a page is 0.5)
 * @param minutes for TV and radio: how long
 * @param reach readers, listeners, viewers or followers the outlet claims
 * @param aveCents advertising-value equivalent: what the same space would have cost as an
 *     advertisement. Shown as an indicator only; it is not what the coverage is worth.
 */
public record CoverageItem(
        String id,
        String officeId,
        @Nullable String visitId,
        String outletId,
        @Nullable String journalistId,
        LocalDate date,
        String title,
        String language,
        String market,
        Medium medium,
        @Nullable Double pages,
        @Nullable Integer minutes,
        String link,
        @Nullable Long reach,
        Tone tone,
        @Nullable Long aveCents,
        String notes,
        Instant updatedAt,
        String updatedBy,
        @Nullable Revision revision) {

    public static final int TITLE_MAX = 300;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** What people type for a piece of coverage; problems as translation keys. */
    public record Draft(
            @Nullable String visitId,
            String outletId,
            @Nullable String journalistId,
            @Nullable LocalDate date,
            String title,
            String language,
            String market,
            Medium medium,
            @Nullable Double pages,
            @Nullable Integer minutes,
            String link,
            @Nullable Long reach,
            Tone tone,
            @Nullable Long aveCents,
            String notes) {

        public Draft {
            title = title.strip();
            market = market.strip().toUpperCase(Locale.ROOT);
            link = link.strip();
            if (visitId != null && visitId.isBlank()) {
                visitId = null;
            }
            if (journalistId != null && journalistId.isBlank()) {
                journalistId = null;
            }
            if (!medium.inPages()) {
                pages = null;
            }
            if (!medium.inMinutes()) {
                minutes = null;
            }
        }

        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (title.isEmpty()) {
                problems.add("press.error.coverage-title-required");
            } else if (title.length() > TITLE_MAX) {
                problems.add("press.error.coverage-title-too-long");
            }
            if (outletId.isBlank()) {
                problems.add("press.error.coverage-outlet-required");
            }
            if (date == null) {
                problems.add("press.error.coverage-date-required");
            }
            if (!language.isEmpty() && !Languages.CODES.contains(language)) {
                problems.add("press.error.language-unknown");
            }
            if (!market.isEmpty() && !COUNTRIES.contains(market)) {
                problems.add("press.error.country-unknown");
            }
            if (!ContactDetails.validUrl(link)) {
                problems.add("press.error.url-invalid");
            }
            if ((pages != null && (pages <= 0 || pages > 500))
                    || (minutes != null && (minutes <= 0 || minutes > 1440))) {
                problems.add("press.error.coverage-size-invalid");
            }
            if (reach != null && reach < 0) {
                problems.add("press.error.audience-negative");
            }
            if (notes.length() > PressVisit.TEXT_MAX) {
                problems.add("press.error.notes-too-long");
            }
            return problems;
        }
    }

    public Draft draft() {
        return new Draft(
                visitId,
                outletId,
                journalistId,
                date,
                title,
                language,
                market,
                medium,
                pages,
                minutes,
                link,
                reach,
                tone,
                aveCents,
                notes);
    }
}
