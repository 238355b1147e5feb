package io.rayonne.search;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;

/**
 * The search box of the header: titles are suggested while typing (a suggestion opens its item),
 * Enter searches everything. Ctrl+K (or ⌘K) puts the cursor in it from anywhere.
 */
public class SearchBox extends ComboBox<Suggestion> {

    public static final String SEARCH_ROUTE = "recherche";

    public SearchBox(UnifiedSearch search) {
        addClassName("rayonne-search-box");
        setPlaceholder(getTranslation("shell.search.placeholder"));
        setAriaLabel(getTranslation("shell.search.label"));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setAllowCustomValue(true);
        setClearButtonVisible(true);
        setItemLabelGenerator(Suggestion::title);
        setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(s -> {
            var row = new com.vaadin.flow.component.html.Div();
            var type = new com.vaadin.flow.component.html.Span(getTranslation("search.type." + s.type()));
            type.addClassName("rayonne-suggestion-type");
            row.add(new com.vaadin.flow.component.html.Span(s.title()), type);
            row.addClassName("rayonne-suggestion");
            return row;
        }));
        setItems(query -> search.suggest(query.getFilter().orElse(""), 8).stream()
                .skip(query.getOffset())
                .limit(query.getLimit()));
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                String route = e.getValue().route();
                clear();
                UI.getCurrent().navigate(route);
            }
        });
        addCustomValueSetListener(e -> {
            String text = e.getDetail().strip();
            clear();
            if (!text.isEmpty()) {
                UI.getCurrent().navigate(SEARCH_ROUTE, QueryParameters.simple(Map.of("q", text)));
            }
        });
        Shortcuts.addShortcutListener(this, this::focus, Key.KEY_K, KeyModifier.CONTROL)
                .listenOn(UI.getCurrent());
        Shortcuts.addShortcutListener(this, this::focus, Key.KEY_K, KeyModifier.META)
                .listenOn(UI.getCurrent());
    }
}
