package io.rayonne.calendar.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Office;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.User;
import io.rayonne.base.Channel;
import io.rayonne.base.StaleEditException;
import io.rayonne.base.ui.EditorSection;
import io.rayonne.base.ui.Notifications;
import io.rayonne.base.ui.SaveBar;
import io.rayonne.calendar.ApprovalPolicy;
import io.rayonne.calendar.CalendarSettings;
import io.rayonne.calendar.InvalidPostException;
import io.rayonne.calendar.Posts;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DataAccessException;

/**
 * An office's calendar settings: how its posts are reviewed, and the weekday themes that fill in a
 * new post ("le mardi, la gastronomie, sur Facebook et Instagram, avec #MardiGourmand").
 */
@Route("calendrier/reglages")
@RolesAllowed({"COMMUNICATION", "ADMIN"})
class CalendarSettingsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "calendrier/reglages";

    private final Posts posts;
    private final Select<Office> office = new Select<>();
    private final RadioButtonGroup<ApprovalPolicy> policy = new RadioButtonGroup<>();
    private final Map<DayOfWeek, Row> rows = new EnumMap<>(DayOfWeek.class);
    private CalendarSettings read;

    /** The fields of one weekday. */
    private record Row(TextField theme, CheckboxGroup<Channel> channels, TextField opening) {}

    CalendarSettingsView(Posts posts, Accounts accounts, CurrentUser currentUser) {
        this.posts = posts;
        User user = currentUser.require();
        addClassName("rayonne-page");
        addClassName("rayonne-calendar-settings");
        setWidthFull();
        var back = new Anchor(CalendarView.ROUTE, getTranslation("calendar.back"));
        back.addClassName("rayonne-back");

        List<Office> offices = user.has(Role.ADMIN)
                ? accounts.offices().stream()
                        .sorted(Comparator.comparing(Office::name))
                        .toList()
                : accounts.office(user.officeId()).stream().toList();
        office.setLabel(getTranslation("calendar.settings.office"));
        office.setItems(offices);
        office.setItemLabelGenerator(Office::name);
        office.setVisible(offices.size() > 1);
        office.addValueChangeListener(e -> load());

        policy.setLabel(getTranslation("calendar.settings.policy"));
        policy.setItems(ApprovalPolicy.values());
        policy.setItemLabelGenerator(p -> getTranslation(p.key()) + " — " + getTranslation(p.key() + ".help"));
        policy.addThemeName("vertical");

        var help = new Paragraph(getTranslation("calendar.settings.weekdays-help"));
        help.addClassName("rayonne-help");
        var weekdays = new VerticalLayout(help);
        weekdays.setPadding(false);
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.getDisplayName(TextStyle.FULL, getLocale());
            var theme = new TextField(getTranslation("calendar.settings.theme-of", name));
            theme.setMaxLength(CalendarSettings.THEME_MAX);
            theme.setClearButtonVisible(true);
            var channels = new CheckboxGroup<Channel>(getTranslation("calendar.settings.channels-of", name));
            channels.setItems(Channel.values());
            channels.setItemLabelGenerator(c -> getTranslation(c.key()));
            var opening = new TextField(getTranslation("calendar.settings.opening-of", name));
            opening.setMaxLength(CalendarSettings.OPENING_MAX);
            var form = new FormLayout(theme, channels, opening);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("48em", 3));
            form.addClassName("rayonne-weekday-row");
            weekdays.add(form);
            rows.put(day, new Row(theme, channels, opening));
        }
        add(
                back,
                new H2(getTranslation("calendar.settings.title")),
                office,
                new EditorSection(getTranslation("calendar.settings.section.review"), policy),
                new EditorSection(getTranslation("calendar.settings.section.weekdays"), weekdays),
                new SaveBar(this::save));
        offices.stream()
                .filter(o -> o.id().equals(user.officeId()))
                .findFirst()
                .or(() -> offices.stream().findFirst())
                .ifPresent(office::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.settings.title");
    }

    private void load() {
        if (office.getValue() == null) {
            return;
        }
        try {
            show(posts.settings(office.getValue().id()));
        } catch (DataAccessException e) {
            Notifications.storeError(e, getTranslation("calendar.error.storage"));
        }
    }

    private void show(CalendarSettings settings) {
        read = settings;
        policy.setValue(settings.policy());
        rows.forEach((day, row) -> {
            CalendarSettings.WeekdayTheme t = settings.on(day);
            row.theme().setValue(t == null ? "" : t.theme());
            row.channels().setValue(t == null ? java.util.Set.of() : t.channels());
            row.opening().setValue(t == null ? "" : t.opening());
        });
    }

    private CalendarSettings typed() {
        Map<DayOfWeek, CalendarSettings.WeekdayTheme> weekdays = new EnumMap<>(DayOfWeek.class);
        rows.forEach((day, row) -> {
            boolean any = !row.theme().getValue().isBlank()
                    || !row.channels().getValue().isEmpty()
                    || !row.opening().getValue().isBlank();
            if (any) {
                weekdays.put(
                        day,
                        new CalendarSettings.WeekdayTheme(
                                row.theme().getValue(),
                                row.channels().getValue(),
                                row.opening().getValue()));
            }
        });
        return new CalendarSettings(
                policy.getValue() == null ? Posts.DEFAULT_POLICY : policy.getValue(),
                weekdays,
                read == null ? null : read.revision());
    }

    private void save() {
        if (office.getValue() == null) {
            return;
        }
        rows.values().forEach(r -> r.theme().setInvalid(false));
        CalendarSettings settings = typed();
        try {
            show(posts.saveSettings(office.getValue().id(), settings));
            Notifications.success(getTranslation("calendar.settings.saved"));
        } catch (InvalidPostException e) {
            settings.weekdays().forEach((day, t) -> {
                if (t.theme().isEmpty()) {
                    rows.get(day).theme().setErrorMessage(getTranslation("calendar.settings.error.theme-required"));
                    rows.get(day).theme().setInvalid(true);
                }
            });
            Notifications.error(
                    e.problems().stream().map(p -> getTranslation(p.key())).collect(Collectors.joining(" ")));
        } catch (StaleEditException e) {
            CalendarSettings theirs = e.current();
            read = new CalendarSettings(settings.policy(), settings.weekdays(), theirs.revision());
            Notifications.error(getTranslation("calendar.settings.conflict"));
        } catch (DataAccessException e) {
            Notifications.storeError(e, getTranslation("calendar.error.storage"));
        }
    }
}
