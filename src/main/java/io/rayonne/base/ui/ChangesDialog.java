package io.rayonne.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import io.rayonne.base.TextDiff;
import java.util.List;

/** What one version of a record changed, field by field, word by word; and, when allowed, bringing it back. */
public class ChangesDialog extends Dialog {

    public ChangesDialog(String title) {
        super(title);
        setWidth("min(760px, 100vw)");
        addClassName("rayonne-changes");
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
    }

    public void addChange(String field, List<TextDiff.Segment> segments) {
        add(new Div(new H4(field), new DiffText(segments)));
    }

    /** A button that closes the dialog and brings this version back. */
    public void offerRestore(String label, Runnable restore) {
        var back = new Button(label, e -> {
            close();
            restore.run();
        });
        back.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(back);
    }
}
