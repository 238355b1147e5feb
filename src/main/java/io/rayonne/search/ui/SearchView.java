package io.rayonne.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.Office;
import io.rayonne.base.Languages;
import io.rayonne.base.ui.Dates;
import io.rayonne.base.ui.EmptyState;
import io.rayonne.search.SearchBox;
import io.rayonne.search.SearchQuery;
import io.rayonne.search.SearchResults;
import io.rayonne.search.UnifiedSearch;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The search page: one query over everything the user may see, facets to narrow it. The address
 * holds the query and the chosen facets, so a search can be bookmarked and shared.
 */
@Route(SearchBox.SEARCH_ROUTE)
@PermitAll
@Menu(title = "menu.search", order = 1, icon = "vaadin:search")
class SearchView extends VerticalLayout implements BeforeEnterObserver {

    private static final List<String> FACETS = List.of(
            SearchResults.TYPE,
            SearchResults.OFFICE,
            SearchResults.STATUS,
            SearchResults.LANGUAGE,
            SearchResults.TERRITORY,
            SearchResults.MARKET,
            SearchResults.MEDIUM,
            SearchResults.CHANNEL,
            SearchResults.THEME,
            SearchResults.CAMPAIGN,
            SearchResults.MONTH,
            SearchResults.SECTOR,
            SearchResults.YEAR);

    private final UnifiedSearch search;
    private final Map<String, Office> offices;
    private final TextField query = new TextField();
    private final VerticalLayout facets = new VerticalLayout();
    private final VerticalLayout results = new VerticalLayout();
    private Map<String, String> filters = Map.of();

    SearchView(UnifiedSearch search, Accounts accounts) {
        this.search = search;
        this.offices = accounts.offices().stream().collect(Collectors.toMap(Office::id, Function.identity()));
        addClassName("rayonne-page");
        addClassName("rayonne-search");

        query.setPlaceholder(getTranslation("search.placeholder"));
        query.setAriaLabel(getTranslation("search.title"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setWidthFull();
        query.addClassName("rayonne-search-field");
        query.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> go(query.getValue(), Map.of()));

        facets.addClassName("rayonne-facets");
        facets.setPadding(false);
        facets.setWidth(null); // sized by rayonne.css: a column on a desktop, full width on a phone
        results.addClassName("rayonne-results");
        results.setPadding(false);
        var body = new HorizontalLayout(facets, results);
        body.setWidthFull();
        body.addClassName("rayonne-search-body");
        body.setFlexGrow(1, results);
        add(query, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params =
                event.getLocation().getQueryParameters().getParameters();
        String text = first(params.get("q"));
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String facet : FACETS) {
            String value = first(params.get(facet));
            if (!value.isEmpty()) {
                chosen.put(facet, value);
            }
        }
        filters = chosen;
        query.setValue(text);
        render(text);
    }

    private void render(String text) {
        facets.removeAll();
        results.removeAll();
        if (text.isBlank() && filters.isEmpty()) {
            results.add(
                    new EmptyState(VaadinIcon.SEARCH, getTranslation("search.title"), getTranslation("search.empty")));
            query.focus();
            return;
        }
        SearchResults found = search.search(new SearchQuery(text, filters, 30));
        var count = new Span(getTranslation("search.results", found.total()));
        count.addClassName("rayonne-result-count");
        results.add(count);
        if (found.results().isEmpty()) {
            results.add(new EmptyState(
                    VaadinIcon.SEARCH_MINUS,
                    getTranslation("search.results.none", text),
                    getTranslation("search.results.none.help")));
        }
        found.results().forEach(r -> results.add(result(r)));
        for (String facet : FACETS) {
            List<SearchResults.FacetValue> values = found.facets().getOrDefault(facet, List.of());
            if (!values.isEmpty() || filters.containsKey(facet)) {
                facets.add(facet(facet, values, text));
            }
        }
    }

    private Component result(SearchResults.Result r) {
        var type = new Span(getTranslation("search.type." + r.type()));
        type.getElement().getThemeList().add("badge");
        type.addClassName("rayonne-result-type");
        var title = new Anchor(r.route(), "");
        title.getElement().setProperty("innerHTML", r.titleHtml());
        title.addClassName("rayonne-result-title");
        var heading = new H3(title);
        var excerpt = new Paragraph();
        excerpt.getElement().setProperty("innerHTML", r.excerptHtml());
        excerpt.addClassName("rayonne-result-excerpt");
        var details = new Span(String.join(" · ", describe(r)));
        details.addClassName("rayonne-result-details");
        var card = new Div(type, heading, excerpt, details);
        card.addClassName("rayonne-result");
        return card;
    }

    private List<String> describe(SearchResults.Result r) {
        var parts = new java.util.ArrayList<String>();
        Office office = offices.get(r.officeId());
        if (office != null) {
            parts.add(office.name());
        }
        if (r.status() != null) {
            parts.add(getTranslation("status." + r.status()));
        }
        if (r.date() != null) {
            parts.add(Dates.date(r.date(), getLocale()));
        }
        return parts;
    }

    private Component facet(String facet, List<SearchResults.FacetValue> values, String text) {
        var group = new VerticalLayout();
        group.setPadding(false);
        group.setSpacing(false);
        group.addClassName("rayonne-facet");
        group.add(new H4(getTranslation("search.facet." + facet)));
        String selected = filters.get(facet);
        for (SearchResults.FacetValue value : values) {
            Map<String, String> next = new HashMap<>(filters);
            boolean active = value.value().equals(selected);
            if (active) {
                next.remove(facet);
            } else {
                next.put(facet, value.value());
            }
            var link = new RouterLink(label(facet, value.value()) + " (" + value.count() + ")", SearchView.class);
            link.setQueryParameters(parameters(text, next));
            link.addClassName("rayonne-facet-value");
            if (active) {
                link.addClassName("rayonne-facet-value-active");
            }
            group.add(link);
        }
        if (selected != null) {
            Map<String, String> next = new HashMap<>(filters);
            next.remove(facet);
            var clear = new RouterLink(getTranslation("search.facet.clear"), SearchView.class);
            clear.setQueryParameters(parameters(text, next));
            clear.addClassName("rayonne-facet-clear");
            group.add(clear);
        }
        return group;
    }

    private String label(String facet, String value) {
        return switch (facet) {
            case SearchResults.TYPE -> getTranslation("search.type." + value);
            case SearchResults.OFFICE ->
                offices.containsKey(value) ? offices.get(value).name() : value;
            case SearchResults.STATUS -> getTranslation("status." + value);
            case SearchResults.LANGUAGE -> Languages.name(value, getLocale());
            case SearchResults.MARKET -> new java.util.Locale("", value).getDisplayCountry(getLocale());
            case SearchResults.MEDIUM -> getTranslation("medium." + value);
            case SearchResults.CHANNEL ->
                getTranslation(
                        "channel." + value.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            case SearchResults.MONTH -> monthName(value);
            case SearchResults.SECTOR -> getTranslation("partners.sector." + value.toLowerCase(java.util.Locale.ROOT));
            default -> value;
        };
    }

    /** "2027-02" as "février 2027". */
    private String monthName(String value) {
        try {
            return java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", getLocale())
                    .format(java.time.YearMonth.parse(value));
        } catch (java.time.format.DateTimeParseException e) {
            return value;
        }
    }

    private void go(String text, Map<String, String> chosen) {
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, parameters(text, chosen)));
    }

    private static QueryParameters parameters(String text, Map<String, String> chosen) {
        Map<String, String> all = new LinkedHashMap<>();
        if (!text.isBlank()) {
            all.put("q", text.strip());
        }
        all.putAll(chosen);
        return QueryParameters.simple(all);
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? "" : values.get(0);
    }
}
