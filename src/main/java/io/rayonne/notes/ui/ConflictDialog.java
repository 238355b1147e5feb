package io.rayonne.notes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.rayonne.base.ui.Dates;
import io.rayonne.base.ui.Notifications;
import io.rayonne.notes.Note;
import io.rayonne.notes.NoteDraft;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Someone saved the note while this writer was editing it: both versions side by side; the writer
 * keeps theirs (and may still change it), takes the saved one, or copies their text.
 */
class ConflictDialog extends Dialog {

    ConflictDialog(Note theirs, NoteDraft mine, BiConsumer<Note, NoteDraft> keepMine, Consumer<Note> takeTheirs) {
        setHeaderTitle(getTranslation("notes.conflict.title"));
        addClassName("rayonne-conflict");
        setWidth("min(1100px, 96vw)");
        add(new Paragraph(getTranslation(
                "notes.conflict.text", theirs.updatedBy(), Dates.dateTime(theirs.updatedAt(), getLocale()))));

        var saved = new TextArea(getTranslation("notes.conflict.theirs"));
        saved.setValue(theirs.title() + "\n\n" + theirs.body());
        saved.setReadOnly(true);
        saved.addClassName("rayonne-conflict-theirs");
        var yours = new TextArea(getTranslation("notes.conflict.mine"));
        yours.setValue(mine.body());
        yours.addClassName("rayonne-conflict-mine");
        for (TextArea area : new TextArea[] {saved, yours}) {
            area.setWidthFull();
            area.setMinHeight("16rem");
            area.setMaxHeight("50vh");
        }
        var columns = new HorizontalLayout(saved, yours);
        columns.setWidthFull();
        add(columns);

        var copy = new Button(getTranslation("notes.conflict.copy"), e -> {
            getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", yours.getValue());
            Notifications.success(getTranslation("notes.conflict.copied"));
        });
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        copy.getStyle().set("margin-inline-end", "auto");
        var take = new Button(getTranslation("notes.conflict.take-theirs"), e -> {
            close();
            takeTheirs.accept(theirs);
        });
        var keep = new Button(getTranslation("notes.conflict.keep-mine"), e -> {
            close();
            keepMine.accept(theirs, new NoteDraft(mine.officeId(), mine.title(), yours.getValue()));
        });
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(copy, take, keep);
        setCloseOnOutsideClick(false);
    }
}
