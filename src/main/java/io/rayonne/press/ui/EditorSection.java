package io.rayonne.press.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A titled part of a long press record (a visit, a kit), set off by a rule above it. */
class EditorSection extends VerticalLayout {

    EditorSection(String title, Component... content) {
        setPadding(false);
        setSpacing(false);
        addClassName("rayonne-editor-section");
        add(new H3(title));
        add(content);
    }
}
