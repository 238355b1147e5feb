package io.rayonne.portraits.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.rayonne.base.Channel;
import io.rayonne.base.StaleEditException;
import io.rayonne.base.ui.Dates;
import io.rayonne.base.ui.Notifications;
import io.rayonne.media.ui.ConsentMessages;
import io.rayonne.portraits.Portrait;
import io.rayonne.portraits.PortraitSeries;
import io.rayonne.portraits.PortraitWorkflowException;
import io.rayonne.portraits.Portraits;
import io.rayonne.portraits.Series;
import io.rayonne.portraits.SeriesNotReadyException;
import io.rayonne.portraits.SeriesPlan;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;

/**
 * A series of approved portraits: its name, order and rhythm, its channels; each portrait's day and
 * what stops it; scheduling the whole series; each portrait's ready-to-post text per channel.
 */
@Route("portraits/series/:seriesId")
@RolesAllowed({"COMMUNICATION", "ADMIN"})
class SeriesEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "nouvelle";
    /** The channels a portrait series is posted on. */
    static final List<Channel> CHANNELS =
            List.of(Channel.FACEBOOK, Channel.INSTAGRAM, Channel.LINKEDIN, Channel.X, Channel.WEBSITE);

    private final Series series;
    private final Portraits portraits;

    private final TextField name = new TextField();
    private final DatePicker start;
    private final IntegerField everyDays = new IntegerField();
    private final TimePicker time = new TimePicker();
    private final CheckboxGroup<Channel> channels = new CheckboxGroup<>();
    private final TextField hashtags = new TextField();
    private final Grid<Portrait> order = new Grid<>();
    private final ComboBox<Portrait> add = new ComboBox<>();
    private final List<Portrait> ordered = new ArrayList<>();
    private final Div schedule = new Div();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Span state = new Span();

    private @Nullable PortraitSeries current;
    private @Nullable Portrait dragged;

    SeriesEditorView(Series series, Portraits portraits) {
        this.series = series;
        this.portraits = portraits;
        addClassName("rayonne-page");
        addClassName("rayonne-series-editor");

        name.setLabel(getTranslation("series.field.name"));
        name.setPlaceholder(getTranslation("series.field.name.placeholder"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(SeriesPlan.NAME_MAX);
        start = Dates.picker(getTranslation("series.field.start"), getLocale());
        start.setRequiredIndicatorVisible(true);
        everyDays.setLabel(getTranslation("series.field.every-days"));
        everyDays.setMin(1);
        everyDays.setMax(31);
        everyDays.setStepButtonsVisible(true);
        everyDays.setSuffixComponent(new Span(getTranslation("series.field.days")));
        time.setLabel(getTranslation("series.field.time"));
        time.setLocale(getLocale());
        time.setStep(java.time.Duration.ofMinutes(15));
        channels.setLabel(getTranslation("series.field.channels"));
        channels.setItems(CHANNELS);
        channels.setItemLabelGenerator(c -> getTranslation(c.key()));
        hashtags.setLabel(getTranslation("series.field.hashtags"));
        hashtags.setPlaceholder("#JourneeDuGuide #Amiens");
        hashtags.setMaxLength(SeriesPlan.HASHTAGS_MAX);
        var form = new FormLayout(name, start, everyDays, time, channels, hashtags);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(name, 2);
        form.setColspan(channels, 2);
        form.setColspan(hashtags, 2);

        order.addColumn(p -> ordered.indexOf(p) + 1)
                .setHeader("N°")
                .setAutoWidth(true)
                .setFlexGrow(0);
        order.addColumn(p -> p.text().displayName()).setHeader(getTranslation("portraits.column.name"));
        order.addColumn(p -> p.text().speciality()).setHeader(getTranslation("portraits.column.speciality"));
        order.addComponentColumn(this::moveButtons).setAutoWidth(true).setFlexGrow(0);
        order.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        order.setAllRowsVisible(true);
        order.setRowsDraggable(true);
        order.addDragStartListener(e -> {
            dragged = e.getDraggedItems().get(0);
            order.setDropMode(GridDropMode.BETWEEN);
        });
        order.addDragEndListener(e -> {
            dragged = null;
            order.setDropMode(null);
        });
        order.addDropListener(e -> e.getDropTargetItem().ifPresent(target -> {
            if (dragged == null || dragged.equals(target)) {
                return;
            }
            ordered.remove(dragged);
            int at = ordered.indexOf(target) + (e.getDropLocation() == GridDropLocation.BELOW ? 1 : 0);
            ordered.add(at, dragged);
            order.getDataProvider().refreshAll();
        }));
        add.setLabel(getTranslation("series.add"));
        add.setItemLabelGenerator(p -> p.text().displayName());
        add.setPlaceholder(getTranslation("series.add.placeholder"));
        add.setWidth("min(420px, 100%)");
        add.addValueChangeListener(e -> {
            if (e.getValue() != null && !ordered.contains(e.getValue())) {
                ordered.add(e.getValue());
                order.setItems(ordered);
                add.clear();
                refreshCandidates();
            }
        });

        state.addClassName("rayonne-series-state");
        schedule.addClassName("rayonne-series-schedule");
        schedule.setWidthFull();
        actions.setWidthFull();
        actions.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        actions.getStyle().set("flex-wrap", "wrap");
        var help = new Paragraph(getTranslation("series.order.help"));
        help.addClassName("rayonne-help");
        add(
                state,
                form,
                new H3(getTranslation("series.order")),
                help,
                order,
                add,
                new H3(getTranslation("series.schedule")),
                schedule,
                actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("seriesId").orElse(NEW);
        if (NEW.equals(id)) {
            current = null;
            name.clear();
            start.setValue(null);
            everyDays.setValue(7);
            time.setValue(LocalTime.of(10, 0));
            channels.setValue(EnumSet.of(Channel.FACEBOOK, Channel.INSTAGRAM));
            hashtags.clear();
            ordered.clear();
        } else {
            show(series.get(id));
        }
        order.setItems(ordered);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return current == null ? getTranslation("series.new") : current.plan().name();
    }

    private void show(PortraitSeries s) {
        current = s;
        SeriesPlan plan = s.plan();
        name.setValue(plan.name());
        start.setValue(plan.start());
        everyDays.setValue(plan.everyDays());
        time.setValue(plan.time());
        channels.setValue(plan.channels());
        hashtags.setValue(plan.hashtags());
        ordered.clear();
        plan.portraitIds().forEach(id -> ordered.add(portraits.get(id)));
    }

    private Component moveButtons(Portrait p) {
        var up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(p, -1));
        up.setAriaLabel(getTranslation("series.move-up", p.text().displayName()));
        var down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(p, 1));
        down.setAriaLabel(getTranslation("series.move-down", p.text().displayName()));
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            ordered.remove(p);
            order.setItems(ordered);
            refreshCandidates();
        });
        remove.setAriaLabel(getTranslation("series.remove", p.text().displayName()));
        boolean locked = current != null && current.scheduled();
        for (Button b : List.of(up, down, remove)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
            b.setEnabled(!locked);
        }
        return new HorizontalLayout(up, down, remove);
    }

    private void move(Portrait p, int by) {
        int from = ordered.indexOf(p);
        int to = from + by;
        if (to < 0 || to >= ordered.size()) {
            return;
        }
        ordered.remove(from);
        ordered.add(to, p);
        order.getDataProvider().refreshAll();
    }

    private void refreshCandidates() {
        List<Portrait> candidates = new ArrayList<>(series.candidates());
        candidates.removeIf(ordered::contains);
        add.setItems(candidates);
        add.setHelperText(candidates.isEmpty() ? getTranslation("series.add.none") : null);
    }

    private SeriesPlan typed() {
        return new SeriesPlan(
                name.getValue(),
                ordered.stream().map(Portrait::id).toList(),
                start.getValue() == null ? java.time.LocalDate.MIN : start.getValue(),
                everyDays.getValue() == null ? 0 : everyDays.getValue(),
                time.getValue() == null ? LocalTime.NOON : time.getValue(),
                channels.getValue(),
                hashtags.getValue());
    }

    private void refresh() {
        boolean locked = current != null && current.scheduled();
        for (var field : List.of(name, hashtags)) {
            field.setReadOnly(locked);
        }
        start.setReadOnly(locked);
        everyDays.setReadOnly(locked);
        time.setReadOnly(locked);
        channels.setReadOnly(locked);
        order.setRowsDraggable(!locked);
        add.setVisible(!locked);
        if (!locked) {
            refreshCandidates();
        }
        order.getDataProvider().refreshAll();
        state.removeAll();
        if (current != null) {
            var badge = new Span(getTranslation(current.scheduled() ? "series.state.scheduled" : "series.state.plan"));
            badge.getElement().getThemeList().add(current.scheduled() ? "badge success" : "badge contrast");
            state.add(badge);
        }
        showSchedule(current == null ? List.of() : series.check(current.id()));

        actions.removeAll();
        if (!locked) {
            var save = new Button(getTranslation("common.save"), VaadinIcon.CHECK.create(), e -> save());
            actions.add(save);
            if (current != null && !current.plan().portraitIds().isEmpty()) {
                PortraitSeries read = current;
                var go = new Button(
                        getTranslation("series.schedule-it"),
                        VaadinIcon.CALENDAR_CLOCK.create(),
                        e -> act(() -> series.schedule(read.id(), read.revision()), "series.scheduled"));
                go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(go);
            } else {
                save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        } else {
            PortraitSeries read = current;
            var stop = new Button(
                    getTranslation("series.unschedule"),
                    VaadinIcon.CLOSE_CIRCLE_O.create(),
                    e -> act(() -> series.unschedule(read.id(), read.revision()), "series.unscheduled"));
            stop.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            // The calendar holds a post per portrait: its list view from the first one's day.
            var calendar = new com.vaadin.flow.component.html.Anchor(
                    "calendrier?vue=list&date=" + read.plan().start(), getTranslation("series.in-calendar"));
            calendar.addClassName("rayonne-series-calendar-link");
            actions.add(calendar, stop);
        }
    }

    private void showSchedule(List<Series.SlotCheck> checks) {
        schedule.removeAll();
        if (checks.isEmpty()) {
            var empty = new Paragraph(getTranslation("series.schedule.empty"));
            empty.addClassName("rayonne-help");
            schedule.add(empty);
            return;
        }
        var grid = new Grid<Series.SlotCheck>();
        grid.addColumn(c -> c.slot().position())
                .setHeader("N°")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                                .withLocale(getLocale())
                                .format(c.slot().at())
                        + " · "
                        + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                                .withLocale(getLocale())
                                .format(c.slot().at()))
                .setHeader(getTranslation("series.column.when"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.portrait().text().displayName()).setHeader(getTranslation("portraits.column.name"));
        grid.addComponentColumn(this::readiness)
                .setHeader(getTranslation("series.column.ready"))
                .setFlexGrow(2);
        grid.addComponentColumn(c -> {
                    var texts =
                            new Button(getTranslation("series.texts"), VaadinIcon.COPY_O.create(), e -> openTexts(c));
                    texts.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    return texts;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setItems(checks);
        schedule.add(grid);
    }

    private Component readiness(Series.SlotCheck check) {
        if (check.ready()) {
            var ok = new Span(
                    getTranslation(current != null && current.scheduled() ? "series.ready.scheduled" : "series.ready"));
            ok.getElement().getThemeList().add("badge success");
            return ok;
        }
        var list = new UnorderedList();
        list.addClassName("rayonne-photo-problems");
        if (!check.approved()) {
            list.add(new ListItem(getTranslation(
                    "series.not-approved",
                    getTranslation("status." + check.portrait().status().name().toLowerCase(java.util.Locale.ROOT)))));
        }
        ConsentMessages.texts(this, check.consent()).forEach(t -> list.add(new ListItem(t)));
        return list;
    }

    /** The portrait's text for each channel, within its limit, ready to copy. */
    private void openTexts(Series.SlotCheck check) {
        if (current == null) {
            return;
        }
        var dialog = new Dialog(
                getTranslation("series.texts.title", check.portrait().text().displayName()));
        dialog.setWidth("min(720px, 100vw)");
        dialog.addClassName("rayonne-series-texts");
        var tabs = new TabSheet();
        tabs.setWidthFull();
        for (Channel channel : current.plan().channels().stream().sorted().toList()) {
            String text = series.export(current.id(), check.portrait().id(), channel);
            var area = new TextArea();
            area.setValue(text);
            area.setReadOnly(true);
            area.setWidthFull();
            area.setMinHeight("12rem");
            area.setAriaLabel(getTranslation(channel.key()));
            area.setHelperText(
                    channel.limit().isPresent()
                            ? getTranslation(
                                    "series.texts.count",
                                    channel.count(text),
                                    channel.limit().getAsInt())
                            : getTranslation("series.texts.count-free", channel.count(text)));
            var copy = new Button(getTranslation("series.texts.copy"), VaadinIcon.COPY_O.create(), e -> {
                area.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", text);
                Notifications.success(getTranslation("series.texts.copied", getTranslation(channel.key())));
            });
            copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
            var panel = new VerticalLayout(area, copy);
            panel.setPadding(false);
            tabs.add(getTranslation(channel.key()), panel);
        }
        dialog.add(tabs);
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
    }

    private void save() {
        SeriesPlan plan = typed();
        if (start.getValue() == null) {
            start.setErrorMessage(getTranslation("series.error.start-required"));
            start.setInvalid(true);
            return;
        }
        if (current == null) {
            act(() -> series.create(plan), "series.saved");
        } else {
            PortraitSeries read = current;
            act(() -> series.update(read.id(), read.revision(), plan), "series.saved");
        }
    }

    private void act(Supplier<PortraitSeries> step, String doneKey) {
        try {
            PortraitSeries result = step.get();
            boolean created = current == null;
            current = result;
            Notifications.success(getTranslation(doneKey));
            if (created) {
                getUI().ifPresent(ui -> ui.navigate("portraits/series/" + result.id()));
            } else {
                show(result);
                order.setItems(ordered);
                refresh();
            }
        } catch (PortraitWorkflowException e) {
            Notifications.error(String.join(
                    " ", e.problems().stream().map(this::getTranslation).toList()));
        } catch (SeriesNotReadyException e) {
            showSchedule(e.checks());
            long blocked = e.checks().stream().filter(c -> !c.ready()).count();
            Notifications.error(getTranslation("series.not-ready", blocked));
        } catch (StaleEditException e) {
            PortraitSeries theirs = e.current();
            current = theirs;
            refresh();
            Notifications.error(getTranslation("series.conflict"));
        } catch (DataAccessException e) {
            Notifications.storeError(e, getTranslation("portraits.error.storage"));
        }
    }
}
