package io.rayonne.press.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Role;
import io.rayonne.base.Languages;
import io.rayonne.base.ui.EmptyState;
import io.rayonne.press.Journalist;
import io.rayonne.press.Journalists;
import io.rayonne.press.Outlet;
import io.rayonne.press.Outlets;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The press file: journalists and outlets, each opening its record; written by the press officer. */
@Route("presse/contacts")
@RolesAllowed({"PRESS", "ADMIN", "COMMUNICATION"})
@Menu(title = "menu.press-contacts", order = 9, icon = "vaadin:newspaper")
class PressContactsView extends VerticalLayout {

    PressContactsView(Journalists journalists, Outlets outlets, CurrentUser currentUser) {
        addClassName("rayonne-page");
        setWidthFull();
        boolean writer =
                currentUser.require().has(Role.PRESS) || currentUser.require().has(Role.ADMIN);
        List<Outlet> allOutlets = outlets.all();
        Map<String, String> outletNames = allOutlets.stream().collect(Collectors.toMap(Outlet::id, Outlet::name));
        var tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("press.journalists"), journalistsTab(journalists.all(), outletNames, writer));
        tabs.add(getTranslation("press.outlets"), outletsTab(allOutlets, writer));
        add(tabs);
    }

    private Component journalistsTab(List<Journalist> list, Map<String, String> outletNames, boolean writer) {
        var create =
                new Button(getTranslation("press.journalist.new"), VaadinIcon.PLUS.create(), e -> getUI().ifPresent(
                                ui -> ui.navigate("presse/journalistes/" + JournalistEditorView.NEW)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(writer);
        if (list.isEmpty()) {
            return new EmptyState(
                    VaadinIcon.NEWSPAPER,
                    getTranslation("press.journalists.empty.title"),
                    getTranslation("press.journalists.empty.text"),
                    create);
        }
        var grid = new Grid<Journalist>();
        grid.setId("journalists");
        grid.addColumn(Journalist::name)
                .setHeader(getTranslation("press.field.name"))
                .setFlexGrow(2);
        grid.addColumn(Journalist::role)
                .setHeader(getTranslation("press.field.role"))
                .setFlexGrow(2);
        grid.addColumn(j -> j.outletIds().stream()
                        .map(id -> outletNames.getOrDefault(id, id))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("press.field.outlets"))
                .setFlexGrow(3);
        grid.addColumn(j -> names(j.markets(), code -> new Locale("", code).getDisplayCountry(getLocale())))
                .setHeader(getTranslation("press.field.markets"));
        grid.addColumn(j -> names(j.languages(), code -> Languages.name(code, getLocale())))
                .setHeader(getTranslation("press.field.languages"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(list);
        grid.setHeight("32rem");
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate("presse/journalistes/" + e.getItem().id())));
        return column(create, grid);
    }

    private Component outletsTab(List<Outlet> list, boolean writer) {
        var create = new Button(getTranslation("press.outlet.new"), VaadinIcon.PLUS.create(), e -> getUI().ifPresent(
                        ui -> ui.navigate("presse/medias/" + OutletEditorView.NEW)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(writer);
        if (list.isEmpty()) {
            return new EmptyState(
                    VaadinIcon.NEWSPAPER,
                    getTranslation("press.outlets.empty.title"),
                    getTranslation("press.outlets.empty.text"),
                    create);
        }
        var grid = new Grid<Outlet>();
        grid.setId("outlets");
        grid.addColumn(Outlet::name)
                .setHeader(getTranslation("press.field.name"))
                .setFlexGrow(3);
        grid.addColumn(o -> getTranslation(o.kind().key())).setHeader(getTranslation("press.field.kind"));
        grid.addColumn(o -> o.country().isEmpty() ? "" : new Locale("", o.country()).getDisplayCountry(getLocale()))
                .setHeader(getTranslation("press.field.country"));
        grid.addColumn(o -> o.language().isEmpty() ? "" : Languages.name(o.language(), getLocale()))
                .setHeader(getTranslation("press.field.language"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(list);
        grid.setHeight("32rem");
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate("presse/medias/" + e.getItem().id())));
        return column(create, grid);
    }

    private static Component column(Button create, Grid<?> grid) {
        var bar = new HorizontalLayout(create);
        bar.setWidthFull();
        bar.setJustifyContentMode(JustifyContentMode.END);
        var column = new VerticalLayout(bar, grid);
        column.setPadding(false);
        return column;
    }

    private static String names(java.util.Collection<String> codes, Function<String, String> name) {
        return codes.stream().map(name).sorted().collect(Collectors.joining(", "));
    }
}
