package io.rayonne.press;

import io.rayonne.base.ContactDetails;
import io.rayonne.base.Revision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A press visit ("accueil presse"): who comes, when, on what subject, with whom, the programme day
 * by day, what it costs and where it stands. Each time the programme was emailed is kept.
 *
 * @param budgetCents what the office planned to spend
 * @param actualCostCents what it really spent, once known; until then the programme's costs count
 */
public record PressVisit(
        String id,
        String officeId,
        String subject,
        String angle,
        VisitOrigin origin,
        VisitStatus status,
        List<String> journalistIds,
        List<String> outletIds,
        @Nullable LocalDate start,
        @Nullable LocalDate end,
        List<CoOrganiser> coOrganisers,
        List<ProgrammeItem> programme,
        @Nullable Long budgetCents,
        @Nullable Long actualCostCents,
        String notes,
        List<ProgrammeSend> sends,
        Instant updatedAt,
        String updatedBy,
        @Nullable Revision revision) {

    public static final int SUBJECT_MAX = 200;
    public static final int TEXT_MAX = 4_000;
    /** Longer than this is not a visit but a stay: probably a typo in a date. */
    public static final int DAYS_MAX = 31;

    public PressVisit {
        journalistIds = List.copyOf(journalistIds);
        outletIds = List.copyOf(outletIds);
        coOrganisers = List.copyOf(coOrganisers);
        programme = List.copyOf(programme);
        sends = List.copyOf(sends);
    }

    /** A problem with what was typed: a translation key, and the programme item it is about. */
    public record Problem(String key, @Nullable String itemId) {
        static Problem of(String key) {
            return new Problem(key, null);
        }
    }

    /** What people type for a visit. A visit of one day has its end on its start. */
    public record Draft(
            String subject,
            String angle,
            VisitOrigin origin,
            VisitStatus status,
            List<String> journalistIds,
            List<String> outletIds,
            @Nullable LocalDate start,
            @Nullable LocalDate end,
            List<CoOrganiser> coOrganisers,
            List<ProgrammeItem> programme,
            @Nullable Long budgetCents,
            @Nullable Long actualCostCents,
            String notes) {

        public Draft {
            subject = subject.strip();
            angle = angle.strip();
            journalistIds = journalistIds.stream().distinct().toList();
            outletIds = outletIds.stream().distinct().toList();
            if (end == null) {
                end = start;
            }
            coOrganisers = List.copyOf(coOrganisers);
            programme = programme.stream()
                    .sorted(Comparator.comparing(ProgrammeItem::date)
                            .thenComparing(ProgrammeItem::time, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .toList();
        }

        public List<Problem> problems() {
            List<Problem> problems = new ArrayList<>();
            if (subject.isEmpty()) {
                problems.add(Problem.of("press.error.subject-required"));
            } else if (subject.length() > SUBJECT_MAX) {
                problems.add(Problem.of("press.error.subject-too-long"));
            }
            if (angle.length() > TEXT_MAX || notes.length() > TEXT_MAX) {
                problems.add(Problem.of("press.error.text-too-long"));
            }
            if (start == null && status.needsDates()) {
                problems.add(Problem.of("press.error.dates-required"));
            }
            if (start != null && end != null) {
                if (end.isBefore(start)) {
                    problems.add(Problem.of("press.error.end-before-start"));
                } else if (start.plusDays(DAYS_MAX).isBefore(end)) {
                    problems.add(Problem.of("press.error.visit-too-long"));
                }
            }
            for (CoOrganiser c : coOrganisers) {
                if (c.name().isEmpty()) {
                    problems.add(Problem.of("press.error.co-organiser-name-required"));
                }
                if (!ContactDetails.validEmail(c.email())) {
                    problems.add(Problem.of("press.error.co-organiser-email-invalid"));
                }
            }
            for (ProgrammeItem item : programme) {
                if (item.title().isEmpty()) {
                    problems.add(new Problem("press.error.item-title-required", item.id()));
                }
                if (!ContactDetails.validEmail(item.email())) {
                    problems.add(new Problem("press.error.item-email-invalid", item.id()));
                }
                if (start == null
                        || end == null
                        || item.date().isBefore(start)
                        || item.date().isAfter(end)) {
                    problems.add(new Problem("press.error.item-outside-dates", item.id()));
                }
            }
            return problems;
        }
    }

    public Draft draft() {
        return new Draft(
                subject,
                angle,
                origin,
                status,
                journalistIds,
                outletIds,
                start,
                end,
                coOrganisers,
                programme,
                budgetCents,
                actualCostCents,
                notes);
    }

    /** The days of the visit, first to last; none while it has no dates. */
    public List<LocalDate> days() {
        if (start == null || end == null) {
            return List.of();
        }
        return start.datesUntil(end.plusDays(1)).toList();
    }

    /** What the programme's moments cost the office, gratuities counting for nothing. */
    public long programmeCostCents() {
        return programme.stream().mapToLong(ProgrammeItem::paidCents).sum();
    }

    /** What the visit cost: the actual costs once entered, otherwise the programme's. */
    public long costCents() {
        return actualCostCents != null ? actualCostCents : programmeCostCents();
    }
}
