package io.rayonne.operations.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.rayonne.base.ui.Dates;
import io.rayonne.base.ui.EmptyState;
import io.rayonne.operations.AuditEntry;
import io.rayonne.operations.AuditQuery;
import io.rayonne.operations.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Who did what, when and from where: the audit log, newest first, searchable (administrators). */
@Route("admin/journal")
@RolesAllowed("ADMIN")
@Menu(title = "menu.audit", order = 23, icon = "vaadin:clipboard-text")
class AuditView extends VerticalLayout {

    private static final String ALL = "";

    private final AuditTrail trail;
    private final TextField text = new TextField();
    private final Select<String> kind = new Select<>();
    private final TextField actor = new TextField();
    private final DatePicker from;
    private final DatePicker to;
    private final Span count = new Span();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final EmptyState empty;

    AuditView(AuditTrail trail) {
        this.trail = trail;
        addClassName("rayonne-page");
        setSizeFull();

        var intro = new Paragraph(getTranslation("audit.intro"));
        intro.addClassName("rayonne-help");

        text.setLabel(getTranslation("audit.filter.text"));
        text.setPlaceholder(getTranslation("audit.filter.text.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMinWidth("18rem");
        kind.setLabel(getTranslation("audit.filter.kind"));
        kind.setId("audit-kind");
        kind.setItems(concat(ALL, AuditTrail.KINDS));
        kind.setItemLabelGenerator(
                k -> k.isEmpty() ? getTranslation("audit.kind.all") : getTranslation("audit.kind." + k));
        kind.setValue(ALL);
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setPlaceholder(getTranslation("audit.filter.actor.placeholder"));
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        from = Dates.picker(getTranslation("audit.filter.from"), getLocale());
        to = Dates.picker(getTranslation("audit.filter.to"), getLocale());
        text.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        actor.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        var filters = new FlexLayout(text, kind, actor, from, to);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("rayonne-filters");

        grid.addColumn(e -> Dates.dateTime(e.at(), getLocale()))
                .setHeader(getTranslation("audit.column.at"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::actor)
                .setHeader(getTranslation("audit.column.actor"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.action()))
                .setHeader(getTranslation("audit.column.action"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::subject)
                .setHeader(getTranslation("audit.column.subject"))
                .setFlexGrow(3);
        grid.addColumn(e -> e.origin().isEmpty() ? getTranslation("audit.origin.background") : e.origin())
                .setHeader(getTranslation("audit.column.origin"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        empty = new EmptyState(
                VaadinIcon.CLIPBOARD_TEXT, getTranslation("audit.empty.title"), getTranslation("audit.empty.text"));

        add(intro, filters, count, grid, empty);
        refresh();
    }

    private Div subject(AuditEntry entry) {
        var label = new Span(entry.label().isEmpty() ? entry.subjectId() : entry.label());
        var id = new Span(entry.label().isEmpty() ? "" : entry.subjectId());
        id.addClassName("rayonne-help");
        var cell = new Div(label, id);
        cell.addClassName("rayonne-audit-subject");
        return cell;
    }

    private AuditQuery query() {
        String actorLogin = actor.getValue().strip().toLowerCase(java.util.Locale.ROOT);
        return new AuditQuery(
                text.getValue(),
                kind.getValue() == null || kind.getValue().isEmpty() ? null : kind.getValue(),
                actorLogin.isEmpty() ? null : actorLogin,
                from.getValue(),
                to.getValue());
    }

    private void refresh() {
        AuditQuery query = query();
        long total = trail.count(query);
        count.setText(getTranslation("audit.count", total));
        grid.setItems(q -> trail.search(query, q.getOffset(), q.getLimit()).entries().stream(), q ->
                (int) Math.min(total, 10_000));
        grid.setVisible(total > 0);
        empty.setVisible(total == 0);
    }

    private static List<String> concat(String first, List<String> rest) {
        var all = new java.util.ArrayList<String>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
