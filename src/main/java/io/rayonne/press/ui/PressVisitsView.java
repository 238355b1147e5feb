package io.rayonne.press.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Role;
import io.rayonne.base.Amounts;
import io.rayonne.base.ui.EmptyState;
import io.rayonne.base.ui.Notifications;
import io.rayonne.press.InvalidVisitException;
import io.rayonne.press.Journalists;
import io.rayonne.press.PressVisit;
import io.rayonne.press.PressVisits;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;

/** The office's press visits, latest first, each opening its record. */
@Route("presse/accueils")
@RolesAllowed({"PRESS", "ADMIN", "COMMUNICATION"})
@Menu(title = "menu.press-visits", order = 10, icon = "vaadin:airplane")
class PressVisitsView extends VerticalLayout {

    private final PressVisits visits;
    private final Paragraph saturation = new Paragraph();

    PressVisitsView(PressVisits visits, Journalists journalists, CurrentUser currentUser) {
        this.visits = visits;
        addClassName("rayonne-page");
        setWidthFull();
        boolean writer =
                currentUser.require().has(Role.PRESS) || currentUser.require().has(Role.ADMIN);
        var create = new Button(getTranslation("press.visits.new"), VaadinIcon.PLUS.create(), e -> getUI().ifPresent(
                        ui -> ui.navigate("presse/accueils/" + PressVisitEditorView.NEW)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(writer);

        saturation.addClassName("rayonne-help");
        showSaturation();
        var change = new Button(getTranslation("press.visits.saturation.edit"), e -> changeSaturation());
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        change.setVisible(writer);
        var settings = new HorizontalLayout(saturation, change);
        settings.setAlignItems(Alignment.BASELINE);
        settings.addClassName("rayonne-press-saturation-setting");
        var bar = new HorizontalLayout(settings, create);
        bar.setWidthFull();
        bar.setAlignItems(Alignment.CENTER);
        bar.setJustifyContentMode(JustifyContentMode.BETWEEN);
        bar.addClassName("rayonne-toolbar");

        List<PressVisit> list = visits.mine();
        if (list.isEmpty()) {
            add(
                    bar,
                    new EmptyState(
                            VaadinIcon.AIRPLANE,
                            getTranslation("press.visits.empty.title"),
                            getTranslation("press.visits.empty.text")));
            return;
        }
        var names = journalists.all().stream().collect(Collectors.toMap(j -> j.id(), j -> j.name(), (a, b) -> a));
        var grid = new Grid<PressVisit>();
        grid.setId("visits");
        grid.addColumn(PressVisit::subject)
                .setHeader(getTranslation("press.visit.subject"))
                .setFlexGrow(3);
        grid.addColumn(v -> v.journalistIds().stream()
                        .map(id -> names.getOrDefault(id, ""))
                        .filter(n -> !n.isEmpty())
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("press.visit.journalists"))
                .setFlexGrow(2);
        grid.addColumn(v -> VisitTexts.dates(v, getLocale(), getTranslation("press.visit.dates.none")))
                .setHeader(getTranslation("press.visit.dates"))
                .setFlexGrow(2);
        grid.addComponentColumn(v ->
                        VisitTexts.badge(v.status(), getTranslation(v.status().key())))
                .setHeader(getTranslation("press.visit.status"))
                .setAutoWidth(true);
        grid.addColumn(v -> v.costCents() == 0 ? "" : Amounts.format(v.costCents(), getLocale()))
                .setHeader(getTranslation("press.visit.cost"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(list);
        grid.setAllRowsVisible(list.size() <= 12);
        if (list.size() > 12) {
            grid.setHeight("36rem");
        }
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate("presse/accueils/" + e.getItem().id())));
        add(bar, grid);
    }

    private void showSaturation() {
        saturation.setText(getTranslation("press.visits.saturation", visits.saturationWeeks()));
    }

    private void changeSaturation() {
        var dialog = new Dialog(getTranslation("press.visits.saturation.edit"));
        var weeks = new IntegerField(getTranslation("press.visits.saturation.weeks"));
        weeks.setMin(1);
        weeks.setMax(PressVisits.SATURATION_WEEKS_MAX);
        weeks.setStepButtonsVisible(true);
        weeks.setValue(visits.saturationWeeks());
        dialog.add(weeks);
        var save = new Button(getTranslation("common.save"), e -> {
            try {
                visits.setSaturationWeeks(weeks.getValue() == null ? 0 : weeks.getValue());
                dialog.close();
                showSaturation();
                Notifications.success(getTranslation("press.visits.saturation.saved"));
            } catch (InvalidVisitException ex) {
                weeks.setErrorMessage(getTranslation(ex.problems().get(0).key()));
                weeks.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
