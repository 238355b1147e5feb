package io.rayonne.newsletter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.rayonne.newsletter.Block;
import io.rayonne.newsletter.Bulletins;
import io.rayonne.search.SearchQuery;
import io.rayonne.search.SearchResults;
import io.rayonne.search.UnifiedSearch;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.text.StringEscapeUtils;
import org.springframework.dao.DataAccessException;

/** Content of Rayonne found by search (a portrait, a post, a press visit…) and added as a block. */
class PullDialog extends Dialog {

    private final UnifiedSearch search;
    private final Bulletins bulletins;
    private final String language;
    private final Consumer<Block.Pulled> chosen;
    private final Select<Block.Source> source = new Select<>();
    private final TextField text = new TextField();
    private final VerticalLayout results = new VerticalLayout();

    PullDialog(UnifiedSearch search, Bulletins bulletins, String language, Consumer<Block.Pulled> chosen) {
        this.search = search;
        this.bulletins = bulletins;
        this.language = language;
        this.chosen = chosen;
        setHeaderTitle(getTranslation("newsletter.pull.title"));
        source.setLabel(getTranslation("newsletter.pull.source"));
        source.setItems(Block.Source.values());
        source.setItemLabelGenerator(s -> getTranslation(s.key()));
        source.setValue(Block.Source.PORTRAIT);
        source.addValueChangeListener(e -> find());
        text.setLabel(getTranslation("newsletter.pull.text"));
        text.setPlaceholder(getTranslation("newsletter.pull.placeholder"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> find());
        text.setWidthFull();
        var row = new HorizontalLayout(source, text);
        row.setWidth("min(40rem, 85vw)");
        row.expand(text);
        results.setPadding(false);
        results.setId("pull-results");
        add(row, results);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()));
        find();
        text.focus();
    }

    private void find() {
        results.removeAll();
        Block.Source kind = source.getValue();
        // What the list shows results for (a page's script or a test waits on it).
        results.getElement().setAttribute("data-query", text.getValue());
        try {
            SearchResults found =
                    search.search(new SearchQuery(text.getValue(), Map.of("type", kind.searchType()), 12));
            if (found.results().isEmpty()) {
                results.add(new Paragraph(getTranslation("newsletter.pull.none")));
                return;
            }
            for (SearchResults.Result r : found.results()) {
                String titleText = plain(r.titleHtml());
                var title = new Span(titleText);
                title.addClassName("rayonne-pull-title");
                var excerpt = new Span(plain(r.excerptHtml()));
                excerpt.addClassName("rayonne-help");
                var item = new Div(title, excerpt);
                item.addClassName("rayonne-pull-result");
                var add = new Button(getTranslation("newsletter.pull.add"), e -> {
                    chosen.accept(bulletins.pull(kind, r.id(), language));
                    close();
                });
                add.setAriaLabel(getTranslation("newsletter.pull.add.label", titleText));
                var line = new HorizontalLayout(item, add);
                line.setWidthFull();
                line.expand(item);
                line.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
                results.add(line);
            }
        } catch (DataAccessException e) {
            results.add(new Paragraph(getTranslation("newsletter.error.storage")));
        }
    }

    /** The search's highlighted HTML as text. */
    private static String plain(String html) {
        return StringEscapeUtils.unescapeHtml4(html.replaceAll("<[^>]+>", ""));
    }
}
