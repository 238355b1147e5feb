package io.rayonne.base.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.rayonne.base.TextDiff;
import java.util.List;

/**
 * A text with what was removed struck through and what was added marked, word by word. {@code <ins>}
 * and {@code <del>} say "added" and "removed" to screen readers too, not only by colour.
 */
public class DiffText extends Div {

    public DiffText(List<TextDiff.Segment> segments) {
        addClassName("rayonne-diff");
        for (TextDiff.Segment segment : segments) {
            HtmlContainer part =
                    switch (segment.kind()) {
                        case ADDED -> new Inserted();
                        case REMOVED -> new Deleted();
                        case SAME -> new Span();
                    };
            part.setText(segment.text());
            add(part);
        }
    }

    @Tag("ins")
    static class Inserted extends HtmlContainer {}

    @Tag("del")
    static class Deleted extends HtmlContainer {}
}
