package io.rayonne.notes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Office;
import io.rayonne.base.ui.Dates;
import io.rayonne.base.ui.EmptyState;
import io.rayonne.notes.Note;
import io.rayonne.notes.Notes;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The notes of an office (the user's own first), newest first. */
@Route("notes")
@RolesAllowed({"ADMIN", "COMMUNICATION", "PRESS"})
@Menu(title = "menu.notes", order = 5, icon = "vaadin:notebook")
class NotesView extends VerticalLayout {

    private static final Office ALL = new Office("", "", "", null, null);

    private final Notes notes;
    private final Map<String, Office> offices;
    private final Grid<Note> grid = new Grid<>();
    private final EmptyState empty;
    private final Select<Office> office = new Select<>();

    NotesView(Notes notes, Accounts accounts, CurrentUser currentUser) {
        this.notes = notes;
        this.offices = accounts.offices().stream().collect(Collectors.toMap(Office::id, Function.identity()));
        addClassName("rayonne-page");
        setSizeFull();

        office.setLabel(getTranslation("notes.office"));
        office.setItems(withAll(accounts.offices()));
        office.setItemLabelGenerator(o -> o == ALL ? getTranslation("notes.office.all") : o.name());
        office.setValue(Optional.ofNullable(offices.get(currentUser.require().officeId()))
                .orElse(ALL));
        office.addValueChangeListener(e -> refresh());
        office.setMinWidth("18rem");

        var create = new Button(getTranslation("notes.new"), VaadinIcon.PLUS.create(), e -> openNew());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var toolbar = new HorizontalLayout(office, create);
        toolbar.setWidthFull();
        toolbar.setAlignItems(Alignment.END);
        toolbar.setJustifyContentMode(JustifyContentMode.BETWEEN);

        grid.addColumn(Note::title)
                .setHeader(getTranslation("notes.column.title"))
                .setFlexGrow(3)
                .setSortable(true);
        grid.addColumn(n -> officeName(n.officeId()))
                .setHeader(getTranslation("notes.column.office"))
                .setFlexGrow(2);
        grid.addColumn(n -> Dates.dateTime(n.updatedAt(), getLocale()))
                .setHeader(getTranslation("notes.column.updated"))
                .setComparator(Note::updatedAt)
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(Note::updatedBy)
                .setHeader(getTranslation("notes.column.by"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(
                e -> getUI().ifPresent(ui -> ui.navigate("notes/" + e.getItem().id())));
        grid.setSizeFull();

        var write = new Button(getTranslation("notes.new"), VaadinIcon.PLUS.create(), e -> openNew());
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        empty = new EmptyState(
                VaadinIcon.NOTEBOOK, getTranslation("notes.empty.title"), getTranslation("notes.empty.text"), write);

        add(toolbar, grid, empty);
        refresh();
    }

    private void refresh() {
        Office chosen = office.getValue();
        List<Note> list = notes.list(chosen == null || chosen == ALL ? null : chosen.id());
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        empty.setVisible(list.isEmpty());
    }

    private void openNew() {
        getUI().ifPresent(ui -> ui.navigate("notes/" + NoteEditorView.NEW));
    }

    private String officeName(String id) {
        Office o = offices.get(id);
        return o == null ? id : o.name();
    }

    private static List<Office> withAll(List<Office> offices) {
        var all = new java.util.ArrayList<Office>();
        all.add(ALL);
        all.addAll(offices);
        return all;
    }
}
