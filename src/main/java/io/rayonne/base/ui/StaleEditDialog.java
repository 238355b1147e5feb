package io.rayonne.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;

/**
 * Someone saved the record while this person was editing it: who and when; what they typed stays
 * on screen until they choose to save it over the other version or to show the other version.
 */
public class StaleEditDialog extends Dialog {

    public StaleEditDialog(String who, Instant when, Runnable keepMine, Runnable showTheirs) {
        setHeaderTitle(getTranslation("common.conflict.title"));
        addClassName("rayonne-conflict");
        add(new Paragraph(getTranslation("common.conflict.text", who, Dates.dateTime(when, getLocale()))));
        var theirs = new Button(getTranslation("common.conflict.theirs"), e -> {
            close();
            showTheirs.run();
        });
        var keep = new Button(getTranslation("common.conflict.keep"), e -> {
            close();
            keepMine.run();
        });
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(theirs, keep);
        setCloseOnOutsideClick(false);
    }
}
