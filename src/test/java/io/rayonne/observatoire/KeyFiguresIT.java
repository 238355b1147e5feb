package io.rayonne.observatoire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rayonne.accounts.Role;
import io.rayonne.base.StaleEditException;
import io.rayonne.testing.IntegrationTest;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Key figures entered once a month, changed over the version read, every change kept. */
class KeyFiguresIT extends IntegrationTest {

    /** An office with no sample figures, so that these months are this test's own. */
    private static final String OFFICE = "sambre-avesnois";

    @Autowired
    KeyFigures keyFigures;

    private static YearMonth monthsAgo(int n) {
        return YearMonth.now(ZoneId.of("Europe/Paris")).minusMonths(n);
    }

    @Test
    void aMonthIsEnteredOnceThenChangedWithItsHistory() {
        YearMonth month = monthsAgo(3);
        MonthFigures entered = as(
                "nadia",
                () -> keyFigures.enter(
                        OFFICE, month, Map.of("site-visitors", "12 500", "audit-score", "92,5", "group-files", "")),
                Role.ADMIN);
        assertThat(entered.values()).containsOnly(Map.entry("site-visitors", 12500.0), Map.entry("audit-score", 92.5));

        assertThatThrownBy(() ->
                        as("nadia", () -> keyFigures.enter(OFFICE, month, Map.of("site-visitors", "1")), Role.ADMIN))
                .isInstanceOfSatisfying(
                        MonthAlreadyEnteredException.class,
                        e -> assertThat(e.existing().values()).containsEntry("site-visitors", 12500.0));

        MonthFigures changed = as(
                "nadia",
                () -> keyFigures.change(
                        OFFICE, month, entered.revision(), Map.of("site-visitors", "13 000", "audit-score", "")),
                Role.ADMIN);
        assertThat(changed.values()).containsOnly(Map.entry("site-visitors", 13000.0));

        // Saved over the version read before the change: refused, nothing overwritten.
        assertThatThrownBy(() -> as(
                        "nadia",
                        () -> keyFigures.change(OFFICE, month, entered.revision(), Map.of("site-visitors", "1")),
                        Role.ADMIN))
                .isInstanceOf(StaleEditException.class);
        assertThat(as("nadia", () -> keyFigures.month(OFFICE, month), Role.ADMIN)
                        .orElseThrow()
                        .values())
                .containsEntry("site-visitors", 13000.0);

        List<KeyFigureChange> history = as("nadia", () -> keyFigures.history(OFFICE), Role.ADMIN).stream()
                .filter(c -> c.month().equals(month))
                .toList();
        assertThat(history)
                .extracting(
                        KeyFigureChange::figure, KeyFigureChange::before, KeyFigureChange::after, KeyFigureChange::by)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("site-visitors", null, 12500.0, "nadia"),
                        org.assertj.core.groups.Tuple.tuple("audit-score", null, 92.5, "nadia"),
                        org.assertj.core.groups.Tuple.tuple("site-visitors", 12500.0, 13000.0, "nadia"),
                        org.assertj.core.groups.Tuple.tuple("audit-score", 92.5, null, "nadia"));
    }

    @Test
    void badFiguresAreRefusedAllTogetherAndNothingIsSaved() {
        YearMonth month = monthsAgo(4);
        assertThatThrownBy(() -> as(
                        "nadia",
                        () -> keyFigures.enter(
                                OFFICE,
                                month,
                                Map.of("site-visitors", "douze", "group-files", "12.500", "guided-visits", "14")),
                        Role.ADMIN))
                .isInstanceOfSatisfying(InvalidFiguresException.class, e -> assertThat(e.problems())
                        .containsOnly(
                                Map.entry("site-visitors", FrenchNumbers.Problem.WORDS),
                                Map.entry("group-files", FrenchNumbers.Problem.POINT)));
        assertThat(as("nadia", () -> keyFigures.month(OFFICE, month), Role.ADMIN))
                .isEmpty();
    }

    @Test
    void aMonthToComeIsNotEntered() {
        assertThatThrownBy(() -> as(
                        "nadia",
                        () -> keyFigures.enter(OFFICE, monthsAgo(-1), Map.of("site-visitors", "10")),
                        Role.ADMIN))
                .isInstanceOf(MonthToComeException.class);
    }

    @Test
    void onlyTheOfficesCommunicationTeamEntersItsFigures() {
        assertThatThrownBy(() ->
                        as("hugo", () -> keyFigures.enter("amiens-metropole", monthsAgo(0), Map.of()), Role.PRESS))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        as("camille", () -> keyFigures.enter("dunkerque", monthsAgo(0), Map.of()), Role.COMMUNICATION))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("lea", () -> keyFigures.history("amiens-metropole"), Role.GUIDE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNetworkSetsItsOwnListAndADroppedFigureKeepsItsMonths() {
        String network = as("nadia", () -> keyFigures.networkOf("landes-chalosse"), Role.ADMIN);
        var list = as("nadia", () -> keyFigures.list(network), Role.ADMIN);
        List<KeyFigure> shorter = new java.util.ArrayList<>(list.figures().subList(0, 2));
        shorter.add(new KeyFigure(
                KeyFigures.codeFor("Nuitées en camping", list.figures()), "Nuitées en camping", KeyFigure.Kind.FLOW));
        var saved = as("nadia", () -> keyFigures.saveList(network, list.revision(), shorter), Role.ADMIN);
        try {
            assertThat(as("gisele", () -> keyFigures.figures("landes-chalosse"), Role.COMMUNICATION))
                    .extracting(KeyFigure::label)
                    .containsExactly(
                            list.figures().get(0).label(), list.figures().get(1).label(), "Nuitées en camping");
            assertThatThrownBy(
                            () -> as("nadia", () -> keyFigures.saveList(network, list.revision(), shorter), Role.ADMIN))
                    .isInstanceOf(StaleEditException.class);
            assertThatThrownBy(() -> as(
                            "gisele",
                            () -> keyFigures.saveList(network, saved.revision(), shorter),
                            Role.COMMUNICATION))
                    .isInstanceOf(AccessDeniedException.class);
            // The sample months still hold the dropped figures.
            assertThat(as("gisele", () -> keyFigures.month("landes-chalosse", monthsAgo(1)), Role.COMMUNICATION)
                            .orElseThrow()
                            .values())
                    .containsKey("group-files");
        } finally {
            as("nadia", () -> keyFigures.saveList(network, saved.revision(), list.figures()), Role.ADMIN);
        }
    }
}
