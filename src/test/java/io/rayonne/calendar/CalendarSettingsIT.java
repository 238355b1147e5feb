package io.rayonne.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rayonne.accounts.Role;
import io.rayonne.base.Channel;
import io.rayonne.base.StaleEditException;
import io.rayonne.testing.IntegrationTest;
import java.time.DayOfWeek;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** An office's calendar settings: its review rule and weekday themes, set by its team, never overwritten unseen. */
class CalendarSettingsIT extends IntegrationTest {

    @Autowired
    Posts posts;

    @Test
    void theTeamSetsItsWeekdayThemesAndASecondSaveOverAnOlderVersionIsRefused() {
        String first = newUser("sambre-avesnois", Role.COMMUNICATION);
        String second = newUser("sambre-avesnois", Role.COMMUNICATION);
        CalendarSettings read = as(first, () -> posts.settings("sambre-avesnois"), Role.COMMUNICATION);
        CalendarSettings readToo = as(second, () -> posts.settings("sambre-avesnois"), Role.COMMUNICATION);

        CalendarSettings saved = as(
                first,
                () -> posts.saveSettings(
                        "sambre-avesnois",
                        new CalendarSettings(
                                ApprovalPolicy.OPTIONAL,
                                Map.of(
                                        DayOfWeek.MONDAY,
                                        new CalendarSettings.WeekdayTheme(
                                                "Patrimoine", Set.of(Channel.FACEBOOK), "#LundiPatrimoine"),
                                        DayOfWeek.TUESDAY,
                                        new CalendarSettings.WeekdayTheme(
                                                " Gastronomie ",
                                                Set.of(Channel.FACEBOOK, Channel.INSTAGRAM),
                                                "#MardiGourmand")),
                                read.revision())),
                Role.COMMUNICATION);
        assertThat(saved.policy()).isEqualTo(ApprovalPolicy.OPTIONAL);
        assertThat(saved.on(DayOfWeek.TUESDAY))
                .isEqualTo(new CalendarSettings.WeekdayTheme(
                        "Gastronomie", Set.of(Channel.INSTAGRAM, Channel.FACEBOOK), "#MardiGourmand"));
        assertThat(saved.on(DayOfWeek.SUNDAY)).isNull();
        assertThat(as(second, () -> posts.policy("sambre-avesnois"), Role.COMMUNICATION))
                .isEqualTo(ApprovalPolicy.OPTIONAL);

        assertThatThrownBy(() -> as(
                        second,
                        () -> posts.saveSettings("sambre-avesnois", readToo.withPolicy(ApprovalPolicy.NONE)),
                        Role.COMMUNICATION))
                .isInstanceOf(StaleEditException.class);
        assertThat(as(second, () -> posts.settings("sambre-avesnois"), Role.COMMUNICATION)
                        .weekdays())
                .hasSize(2);

        assertThatThrownBy(() -> as(
                        first,
                        () -> posts.saveSettings(
                                "sambre-avesnois",
                                new CalendarSettings(
                                        ApprovalPolicy.OPTIONAL,
                                        Map.of(
                                                DayOfWeek.FRIDAY,
                                                new CalendarSettings.WeekdayTheme("", Set.of(Channel.X), "")),
                                        saved.revision())),
                        Role.COMMUNICATION))
                .isInstanceOfSatisfying(InvalidPostException.class, e -> assertThat(e.problems())
                        .extracting(Post.Problem::key)
                        .containsExactly("calendar.settings.error.theme-required"));

        String press = newUser("sambre-avesnois", Role.PRESS);
        assertThatThrownBy(() -> as(
                        press,
                        () -> posts.saveSettings("sambre-avesnois", saved.withPolicy(ApprovalPolicy.NONE)),
                        Role.PRESS))
                .isInstanceOf(AccessDeniedException.class);
        String neighbour = newUser("lille", Role.COMMUNICATION);
        assertThatThrownBy(() -> as(
                        neighbour,
                        () -> posts.saveSettings("sambre-avesnois", saved.withPolicy(ApprovalPolicy.NONE)),
                        Role.COMMUNICATION))
                .as("another office's team reads its calendar, but does not set its rules")
                .isInstanceOf(AccessDeniedException.class);
    }
}
