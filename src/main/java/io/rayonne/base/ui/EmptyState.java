package io.rayonne.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** What a list shows when it has nothing yet: what it is for and what to do next. */
public class EmptyState extends VerticalLayout {

    public EmptyState(VaadinIcon icon, String title, String text, Component... actions) {
        addClassName("rayonne-empty-state");
        setAlignItems(Alignment.CENTER);
        var symbol = icon.create();
        symbol.addClassName("rayonne-empty-state-icon");
        add(symbol, new H3(title), new Paragraph(text));
        add(actions);
    }
}
