package io.rayonne.press.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.rayonne.base.ui.Dates;
import io.rayonne.base.ui.EmptyState;
import io.rayonne.press.PressKit;
import io.rayonne.press.PressKits;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;

/** The office's press kits: languages, embargo, who may read them. */
@Route("presse/dossiers")
@RolesAllowed({"PRESS", "ADMIN", "COMMUNICATION"})
@Menu(title = "menu.press-kits", order = 12, icon = "vaadin:folder-open")
class PressKitsView extends VerticalLayout {

    PressKitsView(PressKits kits) {
        addClassName("rayonne-page");
        setWidthFull();
        var create = new Button(getTranslation("press.kit.new"), VaadinIcon.PLUS.create(), e -> getUI().ifPresent(
                        ui -> ui.navigate("presse/dossiers/" + PressKitEditorView.NEW)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(kits.canEdit(null));
        var bar = new HorizontalLayout(create);
        bar.setWidthFull();
        bar.setJustifyContentMode(JustifyContentMode.END);
        List<PressKit> list = kits.mine();
        if (list.isEmpty()) {
            add(new EmptyState(
                    VaadinIcon.FOLDER_OPEN,
                    getTranslation("press.kits.empty.title"),
                    getTranslation("press.kits.empty.text"),
                    create));
            return;
        }
        var grid = new Grid<PressKit>();
        grid.setId("kits");
        grid.addColumn(k -> k.title(PressKit.FRENCH))
                .setHeader(getTranslation("press.kit.title.column"))
                .setFlexGrow(3);
        grid.addColumn(k -> k.translations().stream()
                        .map(t -> PublicKitTexts.languageName(t.language()) + " : "
                                + (t.complete()
                                        ? (t.machine() > 0
                                                ? getTranslation("press.kit.state.machine", t.machine())
                                                : getTranslation("press.kit.state.complete"))
                                        : getTranslation("press.kit.state.missing", t.missing())))
                        .collect(Collectors.joining(" · ")))
                .setHeader(getTranslation("press.kit.languages"))
                .setFlexGrow(3);
        grid.addColumn(k -> k.embargo() == null ? "" : Dates.dateTime(k.embargo(), getLocale()))
                .setHeader(getTranslation("press.kit.embargo.column"))
                .setAutoWidth(true);
        grid.addComponentColumn(k -> {
                    var badge = new Span(getTranslation(k.visibility().key()));
                    badge.getElement().setAttribute("theme", k.shared() ? "badge success" : "badge contrast");
                    return badge;
                })
                .setHeader(getTranslation("press.kit.visibility"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate("presse/dossiers/" + e.getItem().id())));
        add(bar, grid);
    }
}
