package io.rayonne.observatoire.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.Office;
import io.rayonne.base.NotFoundException;
import io.rayonne.base.ui.Dates;
import io.rayonne.base.ui.EmptyState;
import io.rayonne.observatoire.Dashboard;
import io.rayonne.observatoire.DashboardTooSlowException;
import io.rayonne.observatoire.Dashboards;
import io.rayonne.observatoire.KeyFigure;
import io.rayonne.observatoire.KeyFigures;
import io.rayonne.observatoire.Period;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The office's "bilan de l'année": its year laid out on A4 pages (the print stylesheet in
 * rayonne.css), charts with their tables, ready to print or save as PDF from the browser.
 */
@Route(value = "observatoire/bilan/:officeId/:year", autoLayout = false)
@RolesAllowed({"COMMUNICATION", "PRESS", "ADMIN"})
@StyleSheet("context://styles/rayonne.css")
class YearReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Dashboards dashboards;
    private final KeyFigures keyFigures;
    private final Accounts accounts;
    private String title = "";

    YearReportView(Dashboards dashboards, KeyFigures keyFigures, Accounts accounts) {
        this.dashboards = dashboards;
        this.keyFigures = keyFigures;
        this.accounts = accounts;
        addClassName("rayonne-report");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String officeId = event.getRouteParameters().get("officeId").orElse("");
        int year;
        try {
            year = Integer.parseInt(event.getRouteParameters().get("year").orElse(""));
        } catch (NumberFormatException e) {
            throw new NotFoundException("Year " + event.getRouteParameters().get("year"));
        }
        Office office = accounts.office(officeId).orElseThrow(() -> new NotFoundException("Office " + officeId));
        title = getTranslation("report.title", String.valueOf(year)) + " · " + office.name();
        removeAll();
        var print = new Button(getTranslation("report.print"), VaadinIcon.PRINT.create());
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        print.setId("report-print");
        print.addClickListener(e -> getElement().executeJs("window.print()"));
        var back = new Anchor("observatoire?offices=" + officeId + "&annee=" + year, getTranslation("report.back"));
        var bar = new HorizontalLayout(back, print);
        bar.addClassName("rayonne-report-bar");
        add(bar);

        Dashboard dashboard;
        try {
            dashboard = dashboards.of(List.of(officeId), Period.year(year));
        } catch (DashboardTooSlowException e) {
            add(new EmptyState(
                    VaadinIcon.HOURGLASS,
                    getTranslation("observatoire.slow.title"),
                    getTranslation("observatoire.slow.text", e.waited().toSeconds())));
            return;
        }
        var charts = new DashboardCharts(dashboard, this::getTranslation, getLocale(), Map.of(officeId, office.name()));

        var cover = page("report-cover");
        var heading = new H1(getTranslation("report.title", String.valueOf(year)));
        cover.add(
                new Paragraph(office.name()),
                heading,
                new Paragraph(getTranslation(
                        "report.compared",
                        charts.yearBefore(),
                        Dates.date(keyFigures.thisMonth().atDay(1), getLocale()))));
        cover.add(new SummaryTiles(dashboard, getLocale()));
        if (dashboard.current().isEmpty()) {
            cover.add(new Paragraph(getTranslation("report.empty", String.valueOf(year))));
        }
        add(cover);

        add(page(
                "report-calendar",
                getTranslation("observatoire.part.calendar"),
                List.of(charts.postsByMonth(), charts.postsByChannel(), charts.postsByTheme())));
        add(page(
                "report-press",
                getTranslation("observatoire.part.portraits-press"),
                List.of(charts.portraits(), charts.coverageByMarket(), charts.coverageByMedium())));
        var bulletins =
                page("report-bulletins", getTranslation("observatoire.part.bulletins"), List.of(charts.bulletins()));
        bulletins.add(featured(dashboard));
        add(bulletins);
        add(figuresPage(dashboard, charts, year));
    }

    private Section page(String id) {
        var page = new Section();
        page.addClassName("rayonne-report-page");
        page.setId(id);
        return page;
    }

    private Section page(String id, String heading, List<ChartData> charts) {
        var page = page(id);
        page.add(new H2(heading));
        for (ChartData c : charts) {
            var block = new Div(new H3(c.title()));
            block.addClassName("rayonne-report-chart");
            if (c.isEmpty()) {
                block.add(new Paragraph(getTranslation("observatoire.chart.empty")));
            } else {
                var drawing = new Div(new ChartComponent(c, getLocale().getLanguage()));
                drawing.addClassName("rayonne-chart-drawing");
                block.add(drawing, ChartPanel.table(c, getLocale()));
            }
            page.add(block);
        }
        return page;
    }

    private Component featured(Dashboard dashboard) {
        var block = new Div(new H3(getTranslation("observatoire.featured")));
        block.addClassName("rayonne-report-chart");
        var list = dashboard.current().bulletins().featured();
        if (list.isEmpty()) {
            block.add(new Paragraph(getTranslation("observatoire.featured.none")));
        } else {
            var ul = new UnorderedList();
            list.forEach(f -> ul.add(
                    new ListItem(f.name() + " · " + getTranslation("observatoire.featured.issues", f.issues()))));
            block.add(ul);
        }
        return block;
    }

    /** The key figures month by month: one table, figures as rows, the year's total or average last. */
    private Section figuresPage(Dashboard dashboard, DashboardCharts charts, int year) {
        var page = page("report-figures");
        page.add(new H2(getTranslation("observatoire.part.figures")));
        List<YearMonth> months = dashboard.current().period().months();
        var values = dashboard.current().keyFigures();
        List<String> labels = new ArrayList<>();
        List<ChartData.Series> series = new ArrayList<>();
        for (YearMonth m : months) {
            labels.add(m.format(DateTimeFormatter.ofPattern("MMM", getLocale())));
        }
        labels.add(getTranslation("report.year-total", String.valueOf(year)));
        for (KeyFigure f : dashboard.figures()) {
            List<Double> row = new ArrayList<>();
            months.forEach(m -> row.add(values.inMonth(f, dashboard.officeIds(), m)));
            row.add(values.total(f, dashboard.officeIds(), months));
            series.add(new ChartData.Series(f.label(), row));
        }
        // Figures as rows: the table reads across the year.
        var transposed = new ChartData(
                "chiffres-cles-" + year,
                getTranslation("observatoire.part.figures"),
                ChartData.Kind.BAR,
                getTranslation("report.figure"),
                series.stream().map(ChartData.Series::name).toList(),
                transpose(series, labels),
                "");
        if (transposed.isEmpty()) {
            page.add(new Paragraph(getTranslation("observatoire.figures.none")));
        } else {
            var table = ChartPanel.table(transposed, getLocale());
            table.addClassName("rayonne-report-figures");
            page.add(table);
            page.add(new Paragraph(getTranslation("report.figures.note")));
        }
        for (KeyFigure f : dashboard.figures()) {
            ChartData c = charts.keyFigure(f);
            if (!c.isEmpty() && f.kind() != KeyFigure.Kind.SCORE) {
                var block = new Div(
                        new H3(c.title()),
                        new Div(new ChartComponent(c, getLocale().getLanguage())));
                block.addClassName("rayonne-report-chart");
                block.addClassName("rayonne-report-small");
                page.add(block);
            }
        }
        return page;
    }

    private static List<ChartData.Series> transpose(List<ChartData.Series> rows, List<String> columns) {
        List<ChartData.Series> columnsAsSeries = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            List<Double> values = new ArrayList<>();
            for (ChartData.Series row : rows) {
                values.add(row.values().get(c));
            }
            columnsAsSeries.add(new ChartData.Series(columns.get(c), values));
        }
        return columnsAsSeries;
    }
}
