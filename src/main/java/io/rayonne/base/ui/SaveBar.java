package io.rayonne.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The save button of a long record, kept in view at the bottom while the page scrolls. */
public class SaveBar extends HorizontalLayout {

    private final Button save;

    public SaveBar(Runnable onSave) {
        save = new Button(getTranslation("common.save"), VaadinIcon.CHECK.create(), e -> onSave.run());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save);
        setWidthFull();
        setJustifyContentMode(JustifyContentMode.END);
        addClassName("rayonne-sticky-actions");
    }

    /** Shown only to those who may change the record. */
    public void setWriter(boolean writer) {
        save.setVisible(writer);
    }
}
