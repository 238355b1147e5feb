package io.rayonne.observatoire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

/**
 * A chart with its title, its table (shown instead of the chart on demand, or always in print) and
 * its CSV; a chart without figures says so instead of drawing empty axes.
 */
class ChartPanel extends Section {

    ChartPanel(ChartData data, Locale locale) {
        addClassName("rayonne-chart-panel");
        setId("chart-" + data.id());
        getElement().setAttribute("aria-label", data.title());
        var title = new H3(data.title());
        if (data.isEmpty()) {
            add(title);
            var none = new Paragraph(getTranslation("observatoire.chart.empty"));
            none.addClassName("rayonne-chart-empty");
            add(none);
            return;
        }
        var drawing = new Div(new ChartComponent(data, locale.getLanguage()));
        drawing.addClassName("rayonne-chart-drawing");
        var table = table(data, locale);
        table.setVisible(false);
        var toggle = new Button(getTranslation("observatoire.show-table"), VaadinIcon.TABLE.create());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.addClickListener(e -> {
            boolean showTable = !table.isVisible();
            table.setVisible(showTable);
            drawing.setVisible(!showTable);
            toggle.setText(getTranslation(showTable ? "observatoire.show-chart" : "observatoire.show-table"));
            toggle.setIcon(showTable ? VaadinIcon.BAR_CHART.create() : VaadinIcon.TABLE.create());
        });
        var csv = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = data.csv();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            data.id() + ".csv",
                            "text/csv;charset=utf-8",
                            bytes.length);
                }),
                getTranslation("observatoire.export-csv"));
        csv.getElement().setAttribute("download", true);
        csv.addClassName("rayonne-chart-csv");
        var actions = new HorizontalLayout(toggle, csv);
        actions.addClassName("rayonne-chart-actions");
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        var header = new Div(title, actions);
        header.addClassName("rayonne-chart-header");
        add(header, drawing, table);
    }

    /** The same figures as a table: what a screen reader reads, and what prints beside the chart. */
    static NativeTable table(ChartData data, Locale locale) {
        var table = new NativeTable();
        table.addClassName("rayonne-chart-table");
        var head = new NativeTableRow();
        List<String> header = data.header();
        for (String h : header) {
            head.add(new NativeTableHeaderCell(h));
        }
        var thead = new NativeTableHeader();
        thead.add(head);
        var body = new NativeTableBody();
        for (List<String> row : data.rows(locale)) {
            var tr = new NativeTableRow();
            var first = new NativeTableHeaderCell(row.get(0));
            first.getElement().setAttribute("scope", "row");
            tr.add(first);
            row.stream().skip(1).forEach(cell -> tr.add(new NativeTableCell(cell)));
            body.add(tr);
        }
        table.add(thead, body);
        return table;
    }
}
