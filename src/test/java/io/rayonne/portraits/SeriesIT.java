package io.rayonne.portraits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rayonne.accounts.Role;
import io.rayonne.base.Channel;
import io.rayonne.media.ConsentProblem;
import io.rayonne.media.Photos;
import io.rayonne.testing.IntegrationTest;
import io.rayonne.testing.TestPortraits;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A series orders approved portraits, schedules them all or none, and checks consents on each day. */
class SeriesIT extends IntegrationTest {

    @Autowired
    Portraits portraits;

    @Autowired
    Series series;

    @Autowired
    Photos photos;

    private static final LocalDate GUIDE_DAY =
            LocalDate.now().plusYears(1).withMonth(2).withDayOfMonth(21);

    private Portrait approvedPortrait(String name, LocalDate until) {
        return TestPortraits.approved(portraits, photos, newGuide(), name, until);
    }

    @Test
    void aSeriesIsScheduledWhollyOnceEveryPortraitIsApprovedAndConsentedOnItsDay() {
        Portrait first = approvedPortrait(unique("Léa"), GUIDE_DAY.plusYears(1));
        // Her consent ends three days after Guide Day: fine for the first week, not for the second.
        Portrait second = approvedPortrait(unique("Hugo"), GUIDE_DAY.plusDays(3));

        signIn("camille", Role.COMMUNICATION);
        PortraitSeries created = series.create(new SeriesPlan(
                unique("Portraits de guides"),
                List.of(first.id(), second.id()),
                GUIDE_DAY,
                7,
                LocalTime.of(10, 0),
                Set.of(Channel.FACEBOOK, Channel.INSTAGRAM),
                "#JourneeDuGuide"));
        assertThat(created.slots())
                .extracting(PortraitSeries.Slot::portraitId, PortraitSeries.Slot::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                first.id(), LocalDateTime.of(GUIDE_DAY, LocalTime.of(10, 0))),
                        org.assertj.core.groups.Tuple.tuple(
                                second.id(), LocalDateTime.of(GUIDE_DAY.plusDays(7), LocalTime.of(10, 0))));

        assertThatThrownBy(() -> series.schedule(created.id(), created.revision()))
                .isInstanceOfSatisfying(SeriesNotReadyException.class, e -> {
                    assertThat(e.checks()).extracting(Series.SlotCheck::ready).containsExactly(true, false);
                    assertThat(e.checks().get(1).consent())
                            .extracting(ConsentProblem::reason, ConsentProblem::date)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                    ConsentProblem.Reason.EXPIRED, GUIDE_DAY.plusDays(3)));
                });
        assertThat(portraits.get(first.id()).status())
                .as("nothing moves when the series is refused")
                .isEqualTo(PortraitStatus.APPROVED);

        // In the other order, the second portrait goes out before her consent ends.
        PortraitSeries reordered = series.update(
                created.id(),
                created.revision(),
                new SeriesPlan(
                        created.plan().name(),
                        List.of(second.id(), first.id()),
                        GUIDE_DAY,
                        7,
                        LocalTime.of(10, 0),
                        created.plan().channels(),
                        "#JourneeDuGuide"));
        PortraitSeries scheduled = series.schedule(reordered.id(), reordered.revision());
        assertThat(scheduled.scheduled()).isTrue();
        assertThat(portraits.get(first.id()).status()).isEqualTo(PortraitStatus.SCHEDULED);
        assertThat(portraits.get(second.id()).status()).isEqualTo(PortraitStatus.SCHEDULED);
        assertThatThrownBy(() -> series.update(scheduled.id(), scheduled.revision(), scheduled.plan()))
                .isInstanceOfSatisfying(PortraitWorkflowException.class, e -> assertThat(e.problems())
                        .containsExactly("series.error.scheduled"));

        assertThat(series.export(scheduled.id(), first.id(), Channel.X))
                .startsWith(first.text().displayName() + ", Patrimoine. Coup de cœur : Beffroi.")
                .endsWith("#JourneeDuGuide");

        PortraitSeries unscheduled = series.unschedule(scheduled.id(), scheduled.revision());
        assertThat(unscheduled.scheduled()).isFalse();
        assertThat(portraits.get(first.id()).status()).isEqualTo(PortraitStatus.APPROVED);
    }

    @Test
    void aPortraitNotApprovedStopsTheSeriesAndGuidesDoNotPlanSeries() {
        signIn("lea", Role.GUIDE);
        Portrait draft =
                portraits.create(new PortraitText(unique("Brouillon"), "", Set.of(), "", List.of(), "", "", List.of()));
        assertThatThrownBy(() -> series.all()).isInstanceOf(AccessDeniedException.class);

        signIn("camille", Role.COMMUNICATION);
        PortraitSeries created = series.create(new SeriesPlan(
                unique("Série"), List.of(draft.id()), GUIDE_DAY, 7, LocalTime.NOON, Set.of(Channel.WEBSITE), ""));
        assertThat(series.check(created.id())).singleElement().satisfies(check -> {
            assertThat(check.approved()).isFalse();
            assertThat(check.ready()).isFalse();
        });
        assertThatThrownBy(() -> series.schedule(created.id(), created.revision()))
                .isInstanceOf(SeriesNotReadyException.class);
        assertThatThrownBy(
                        () -> series.create(new SeriesPlan(" ", List.of(), GUIDE_DAY, 0, LocalTime.NOON, Set.of(), "")))
                .isInstanceOfSatisfying(PortraitWorkflowException.class, e -> assertThat(e.problems())
                        .containsExactly(
                                "series.error.name-required",
                                "series.error.every-days",
                                "series.error.channels-required"));
    }
}
