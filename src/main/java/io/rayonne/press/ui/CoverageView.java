package io.rayonne.press.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Role;
import io.rayonne.base.Languages;
import io.rayonne.base.ui.Dates;
import io.rayonne.base.ui.EmptyState;
import io.rayonne.press.Coverage;
import io.rayonne.press.CoverageItem;
import io.rayonne.press.CoverageReport;
import io.rayonne.press.Medium;
import io.rayonne.press.Outlet;
import io.rayonne.press.Outlets;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Coverage over a period: how many pieces and what reach, by market, language and medium (counted
 * by Elasticsearch), then every piece, each opening its record.
 */
@Route("presse/retombees")
@RolesAllowed({"PRESS", "ADMIN", "COMMUNICATION"})
@Menu(title = "menu.coverage", order = 11, icon = "vaadin:chart-line")
class CoverageView extends VerticalLayout {

    private final Coverage coverage;
    private final Map<String, String> outletNames;
    private final DatePicker from;
    private final DatePicker to;
    private final Div content = new Div();

    CoverageView(Coverage coverage, Outlets outlets, CurrentUser currentUser) {
        this.coverage = coverage;
        addClassName("rayonne-page");
        setWidthFull();
        outletNames = outlets.all().stream().collect(Collectors.toMap(Outlet::id, Outlet::name));
        boolean writer =
                currentUser.require().has(Role.PRESS) || currentUser.require().has(Role.ADMIN);
        LocalDate today = LocalDate.now(Dates.PARIS);
        from = Dates.picker(getTranslation("press.coverage.from"), getLocale());
        to = Dates.picker(getTranslation("press.coverage.to"), getLocale());
        from.setId("coverage-from");
        to.setId("coverage-to");
        // Opens on the year of the latest coverage, up to the end of this year.
        LocalDate latest = coverage.latest().orElse(today);
        from.setValue((latest.isAfter(today) ? today : latest).withDayOfYear(1));
        to.setValue((latest.isAfter(today) ? latest : today).withMonth(12).withDayOfMonth(31));
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        var create = new Button(getTranslation("press.coverage.new"), VaadinIcon.PLUS.create(), e -> getUI().ifPresent(
                        ui -> ui.navigate("presse/retombees/" + CoverageEditorView.NEW)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(writer);
        var period = new HorizontalLayout(from, to);
        var bar = new HorizontalLayout(period, create);
        bar.setWidthFull();
        bar.setAlignItems(Alignment.END);
        bar.setJustifyContentMode(JustifyContentMode.BETWEEN);
        bar.addClassName("rayonne-toolbar");
        content.setWidthFull();
        add(bar, content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            return;
        }
        CoverageReport report = coverage.report(from.getValue(), to.getValue());
        if (report.isEmpty()) {
            content.add(new EmptyState(
                    VaadinIcon.CHART_LINE,
                    getTranslation("press.coverage.empty.title"),
                    getTranslation("press.coverage.empty.text")));
            return;
        }
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        var total =
                new Paragraph(getTranslation("press.coverage.total", report.count(), numbers.format(report.reach())));
        total.setId("coverage-total");
        total.addClassName("rayonne-coverage-total");
        var tables = new Div(
                table(
                        "press.coverage.by-market",
                        "coverage-by-market",
                        report.byMarket(),
                        code -> PressFields.countryName(code, getLocale())),
                table(
                        "press.coverage.by-language",
                        "coverage-by-language",
                        report.byLanguage(),
                        code -> Languages.name(code, getLocale())),
                table(
                        "press.coverage.by-medium",
                        "coverage-by-medium",
                        report.byMedium(),
                        code -> getTranslation(Medium.valueOf(code).key())));
        tables.addClassName("rayonne-coverage-tables");
        List<CoverageItem> items = coverage.mine(from.getValue(), to.getValue());
        var grid = new Grid<CoverageItem>();
        grid.setId("coverage");
        grid.addColumn(c -> Dates.date(c.date(), getLocale()))
                .setHeader(getTranslation("press.coverage.date"))
                .setAutoWidth(true);
        grid.addColumn(CoverageItem::title)
                .setHeader(getTranslation("press.coverage.title"))
                .setFlexGrow(3);
        grid.addColumn(c -> outletNames.getOrDefault(c.outletId(), ""))
                .setHeader(getTranslation("press.coverage.outlet"))
                .setFlexGrow(2);
        grid.addColumn(c -> getTranslation(c.medium().key())).setHeader(getTranslation("press.coverage.medium"));
        grid.addColumn(c -> c.market().isEmpty() ? "" : PressFields.countryName(c.market(), getLocale()))
                .setHeader(getTranslation("press.coverage.market"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(items);
        grid.setAllRowsVisible(items.size() <= 15);
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate("presse/retombees/" + e.getItem().id())));
        content.add(total, tables, grid);
    }

    /** A small table: label, pieces, reach; "not given" for pieces without the value. */
    private Component table(
            String titleKey, String id, List<CoverageReport.Bucket> buckets, Function<String, String> label) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        var grid = new Grid<CoverageReport.Bucket>();
        grid.setId(id);
        grid.addColumn(b -> b.key().isEmpty() ? getTranslation("press.coverage.unknown") : label.apply(b.key()))
                .setHeader(getTranslation(titleKey))
                .setFlexGrow(2);
        grid.addColumn(CoverageReport.Bucket::count)
                .setHeader(getTranslation("press.coverage.count"))
                .setAutoWidth(true);
        grid.addColumn(b -> numbers.format(b.reach()))
                .setHeader(getTranslation("press.coverage.reach"))
                .setAutoWidth(true);
        grid.setItems(buckets);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        var box = new Div(new H3(getTranslation(titleKey)), grid);
        box.addClassName("rayonne-coverage-table");
        return box;
    }
}
