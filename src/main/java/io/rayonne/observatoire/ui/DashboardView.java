package io.rayonne.observatoire.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Office;
import io.rayonne.accounts.User;
import io.rayonne.base.ui.EmptyState;
import io.rayonne.observatoire.Dashboard;
import io.rayonne.observatoire.DashboardTooSlowException;
import io.rayonne.observatoire.Dashboards;
import io.rayonne.observatoire.KeyFigure;
import io.rayonne.observatoire.KeyFigures;
import io.rayonne.observatoire.Period;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The observatoire: an office's (or several offices') work over a period beside the same months a
 * year earlier, as charts with their tables and CSV files. The choices live in the address, so a
 * dashboard can be bookmarked and shared.
 */
@Route("observatoire")
@RolesAllowed({"COMMUNICATION", "PRESS", "ADMIN"})
@Menu(title = "menu.observatoire", order = 3, icon = "vaadin:chart")
class DashboardView extends VerticalLayout implements BeforeEnterObserver {

    private final Dashboards dashboards;
    private final KeyFigures keyFigures;
    private final Map<String, String> officeNames = new LinkedHashMap<>();
    private final User user;
    private final MultiSelectComboBox<String> offices = new MultiSelectComboBox<>();
    private final Select<Integer> year = new Select<>();
    private final Select<String> span = new Select<>();
    private final Div content = new Div();
    private final Anchor report = new Anchor("", "");
    private boolean reading;

    DashboardView(Dashboards dashboards, KeyFigures keyFigures, Accounts accounts, CurrentUser currentUser) {
        this.dashboards = dashboards;
        this.keyFigures = keyFigures;
        this.user = currentUser.require();
        addClassName("rayonne-page");
        addClassName("rayonne-observatoire");
        Set<String> readable = accounts.readableOffices(user);
        accounts.networkOf(user.officeId()).stream()
                .filter(o -> readable.contains(o.id()))
                .forEach(o -> officeNames.put(o.id(), o.name()));
        accounts.offices().stream()
                .filter(o -> readable.contains(o.id()))
                .sorted(java.util.Comparator.comparing(Office::name))
                .forEach(o -> officeNames.putIfAbsent(o.id(), o.name()));

        offices.setLabel(getTranslation("observatoire.offices"));
        offices.setItems(officeNames.keySet());
        offices.setItemLabelGenerator(id -> officeNames.getOrDefault(id, id));
        offices.setId("dashboard-offices");
        offices.setWidth("32rem");
        year.setLabel(getTranslation("observatoire.year"));
        int thisYear = keyFigures.thisMonth().getYear();
        year.setItems(thisYear, thisYear - 1, thisYear - 2, thisYear - 3);
        year.setId("dashboard-year");
        span.setLabel(getTranslation("observatoire.span"));
        List<String> spans = new ArrayList<>(List.of("annee", "t1", "t2", "t3", "t4"));
        for (int m = 1; m <= 12; m++) {
            spans.add(String.format("m%02d", m));
        }
        span.setItems(spans);
        span.setItemLabelGenerator(s -> getTranslation("observatoire.span." + s));
        span.setId("dashboard-span");

        var network = new Button(getTranslation("observatoire.whole-network"), VaadinIcon.CLUSTER.create());
        network.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        network.addClickListener(e -> {
            List<String> all = accounts.networkOf(user.officeId()).stream()
                    .map(Office::id)
                    .filter(officeNames::containsKey)
                    .toList();
            offices.setValue(new LinkedHashSet<>(all));
        });
        var figures = new Anchor("observatoire/chiffres", getTranslation("observatoire.enter-figures"));
        figures.addClassName("rayonne-link-button");
        var controls = new HorizontalLayout(offices, network, year, span);
        controls.addClassName("rayonne-toolbar");
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        var links = new HorizontalLayout(figures, reportLink());
        links.addClassName("rayonne-observatoire-links");
        add(controls, links, content);
        content.addClassName("rayonne-dashboard");
        content.setWidthFull();

        offices.addValueChangeListener(e -> changed());
        year.addValueChangeListener(e -> changed());
        span.addValueChangeListener(e -> changed());
    }

    private Anchor reportLink() {
        report.setText(getTranslation("observatoire.report"));
        report.addClassName("rayonne-link-button");
        return report;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params =
                event.getLocation().getQueryParameters().getParameters();
        List<String> asked = params.getOrDefault("offices", List.of()).stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .filter(officeNames::containsKey)
                .toList();
        int thisYear = keyFigures.thisMonth().getYear();
        int y = params.getOrDefault("annee", List.of()).stream()
                .findFirst()
                .flatMap(DashboardView::integer)
                .filter(v -> v >= thisYear - 3 && v <= thisYear)
                .orElse(thisYear);
        String s = params.getOrDefault("periode", List.of()).stream()
                .findFirst()
                .filter(v -> span.getListDataView().contains(v))
                .orElse("annee");
        reading = true;
        offices.setValue(new LinkedHashSet<>(asked.isEmpty() ? List.of(user.officeId()) : asked));
        year.setValue(y);
        span.setValue(s);
        reading = false;
        show();
    }

    private static java.util.Optional<Integer> integer(String text) {
        try {
            return java.util.Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private void changed() {
        if (reading) {
            return;
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("offices", String.join(",", offices.getValue()));
        query.put("annee", String.valueOf(year.getValue()));
        query.put("periode", span.getValue());
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(
                        null, "observatoire?" + QueryParameters.simple(query).getQueryString()));
        show();
    }

    static Period period(int year, String span) {
        if (span.startsWith("t")) {
            int q = Integer.parseInt(span.substring(1));
            return new Period(java.time.YearMonth.of(year, q * 3 - 2), java.time.YearMonth.of(year, q * 3));
        }
        if (span.startsWith("m")) {
            var m = java.time.YearMonth.of(year, Integer.parseInt(span.substring(1)));
            return new Period(m, m);
        }
        return Period.year(year);
    }

    private void show() {
        content.removeAll();
        if (offices.getValue().isEmpty() || year.getValue() == null || span.getValue() == null) {
            content.add(new EmptyState(
                    VaadinIcon.BUILDING,
                    getTranslation("observatoire.no-office.title"),
                    getTranslation("observatoire.no-office.text")));
            return;
        }
        List<String> chosen = new ArrayList<>(offices.getValue());
        String first = chosen.get(0);
        report.setHref("observatoire/bilan/" + first + "/" + year.getValue());
        Dashboard dashboard;
        try {
            dashboard = dashboards.of(chosen, period(year.getValue(), span.getValue()));
        } catch (DashboardTooSlowException e) {
            var retry = new Button(getTranslation("observatoire.slow.retry"), ev -> show());
            retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var slow = new EmptyState(
                    VaadinIcon.HOURGLASS,
                    getTranslation("observatoire.slow.title"),
                    getTranslation("observatoire.slow.text", e.waited().toSeconds()),
                    retry);
            slow.setId("dashboard-slow");
            content.add(slow);
            return;
        }
        var charts = new DashboardCharts(dashboard, this::getTranslation, getLocale(), officeNames);
        if (dashboard.current().isEmpty() && dashboard.yearBefore().isEmpty()) {
            var enter = new Anchor("observatoire/chiffres", getTranslation("observatoire.enter-figures"));
            var empty = new EmptyState(
                    VaadinIcon.CHART,
                    getTranslation("observatoire.empty.title", charts.current()),
                    getTranslation("observatoire.empty.text"),
                    enter);
            empty.setId("dashboard-empty");
            content.add(empty);
            return;
        }
        content.add(new DashboardLayout(dashboard, charts, getLocale()));
    }

    /** The dashboard itself: key numbers, then charts by subject; also what the yearly report lays out. */
    static final class DashboardLayout extends Div {

        DashboardLayout(Dashboard dashboard, DashboardCharts charts, java.util.Locale locale) {
            addClassName("rayonne-dashboard-layout");
            var now = dashboard.current();
            var before = dashboard.yearBefore();
            add(new SummaryTiles(dashboard, locale));

            add(part("observatoire.part.calendar"));
            List<ChartData> calendar =
                    new ArrayList<>(List.of(charts.postsByMonth(), charts.postsByChannel(), charts.postsByTheme()));
            if (charts.network()) {
                calendar.add(charts.postsByOffice());
            }
            add(grid(calendar, locale));

            add(part("observatoire.part.portraits-press"));
            add(grid(
                    List.of(
                            charts.portraits(),
                            charts.coverageByMarket(),
                            charts.coverageByLanguage(),
                            charts.coverageByMedium()),
                    locale));

            add(part("observatoire.part.bulletins"));
            var bulletins = grid(List.of(charts.bulletins()), locale);
            bulletins.add(featured(dashboard));
            add(bulletins);

            add(part("observatoire.part.figures"));
            List<ChartData> figures = new ArrayList<>();
            int blank = 0;
            for (KeyFigure f : dashboard.figures()) {
                ChartData data = charts.keyFigure(f);
                if (data.isEmpty()) {
                    blank++;
                } else {
                    figures.add(data);
                }
            }
            if (figures.isEmpty()) {
                var none = new Paragraph(getTranslation("observatoire.figures.none"));
                none.addClassName("rayonne-chart-empty");
                add(none);
            } else {
                add(grid(figures, locale));
            }
            if (blank > 0 && !figures.isEmpty()) {
                add(new Paragraph(getTranslation("observatoire.figures.blank", blank)));
            }
        }

        private Component featured(Dashboard dashboard) {
            var panel = new com.vaadin.flow.component.html.Section(
                    new com.vaadin.flow.component.html.H3(getTranslation("observatoire.featured")));
            panel.addClassName("rayonne-chart-panel");
            panel.setId("dashboard-featured");
            var list = dashboard.current().bulletins().featured();
            if (list.isEmpty()) {
                var none = new Paragraph(getTranslation("observatoire.featured.none"));
                none.addClassName("rayonne-chart-empty");
                panel.add(none);
                return panel;
            }
            var ul = new UnorderedList();
            list.stream()
                    .limit(12)
                    .forEach(f -> ul.add(new ListItem(
                            new Anchor("partenaires/" + f.partnerId(), f.name()),
                            new Span(" · " + getTranslation("observatoire.featured.issues", f.issues())))));
            panel.add(ul);
            return panel;
        }

        private Component part(String key) {
            var title = new H2(getTranslation(key));
            title.addClassName("rayonne-dashboard-part");
            return title;
        }

        private Div grid(List<ChartData> charts, java.util.Locale locale) {
            var grid = new Div();
            grid.addClassName("rayonne-chart-grid");
            charts.forEach(c -> grid.add(new ChartPanel(c, locale)));
            return grid;
        }
    }
}
