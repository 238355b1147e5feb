package io.rayonne.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A titled part of a long record (a press visit, a kit, a post), set off by a rule above it. */
public class EditorSection extends VerticalLayout {

    public EditorSection(String title, Component... content) {
        setPadding(false);
        setSpacing(false);
        addClassName("rayonne-editor-section");
        add(new H3(title));
        add(content);
    }
}
