package io.rayonne.portraits.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import io.rayonne.base.Languages;
import io.rayonne.base.Markdown;
import io.rayonne.portraits.Favourite;
import io.rayonne.portraits.PortraitText;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The portrait as readers will see it: Markdown rendered through the sanitiser, never raw HTML. */
class PortraitPreview extends Details {

    private final Div body = new Div();
    private final Supplier<PortraitText> text;

    PortraitPreview(Supplier<PortraitText> text) {
        this.text = text;
        setSummaryText(getTranslation("portraits.preview"));
        addClassName("rayonne-portrait-preview");
        setWidthFull();
        body.addClassName("rayonne-rendered");
        add(body);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                refresh();
            }
        });
    }

    void refresh() {
        if (!isOpened()) {
            return;
        }
        PortraitText t = text.get();
        body.removeAll();
        body.add(new H2(t.displayName()));
        String languages = t.languages().stream()
                .map(code -> Languages.name(code, getLocale()))
                .sorted()
                .collect(Collectors.joining(", "));
        var meta = new Paragraph(String.join(
                " · ",
                java.util.stream.Stream.of(t.speciality(), t.territory(), languages)
                        .filter(s -> !s.isBlank())
                        .toList()));
        meta.addClassName("rayonne-portrait-meta");
        body.add(meta, markdown(t.bio()));
        if (!t.favourites().isEmpty()) {
            body.add(new H4(getTranslation("portraits.favourites")));
            for (Favourite f : t.favourites()) {
                var place = new Paragraph(f.place());
                place.addClassName("rayonne-portrait-place");
                body.add(place, markdown(f.text()));
            }
        }
        if (!t.anecdotes().isBlank()) {
            body.add(new H4(getTranslation("portraits.field.anecdotes")), markdown(t.anecdotes()));
        }
    }

    private static Div markdown(String source) {
        var div = new Div();
        div.getElement().setProperty("innerHTML", Markdown.toSafeHtml(source));
        return div;
    }
}
