package io.rayonne.notes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Office;
import io.rayonne.base.NotFoundException;
import io.rayonne.base.StaleEditException;
import io.rayonne.base.ui.Dates;
import io.rayonne.base.ui.Notifications;
import io.rayonne.base.ui.PendingId;
import io.rayonne.notes.InvalidNoteException;
import io.rayonne.notes.Note;
import io.rayonne.notes.NoteDraft;
import io.rayonne.notes.Notes;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Writes a note in Markdown with a preview. A stale save opens {@link ConflictDialog}: the writer's
 * text is never lost and nothing is overwritten without their say.
 */
@Route("notes/:noteId")
@RolesAllowed({"ADMIN", "COMMUNICATION", "PRESS"})
class NoteEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "nouvelle";

    private final Notes notes;
    private final Accounts accounts;
    private final CurrentUser currentUser;

    private final Select<Office> office = new Select<>();
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final Markdown preview = new Markdown();
    private final Span meta = new Span();
    private final Span unsaved = new Span();
    private final Button delete = new Button();

    private @Nullable Note note;
    /** The new note's id, from the first try of its save until one is answered (decision 13). */
    private final PendingId newId = new PendingId();

    NoteEditorView(Notes notes, Accounts accounts, CurrentUser currentUser) {
        this.notes = notes;
        this.accounts = accounts;
        this.currentUser = currentUser;
        addClassName("rayonne-page");
        addClassName("rayonne-note-editor");

        office.setLabel(getTranslation("notes.office"));
        office.setItems(accounts.offices());
        office.setItemLabelGenerator(Office::name);
        office.setWidth("min(28rem, 100%)");
        title.setLabel(getTranslation("notes.field.title"));
        title.setMaxLength(Note.TITLE_MAX);
        title.setWidthFull();
        title.setManualValidation(true);
        body.setLabel(getTranslation("notes.field.body"));
        body.setHelperText(getTranslation("notes.field.body.help"));
        body.setWidthFull();
        body.setMinHeight("20rem");
        body.setManualValidation(true);
        for (var field : java.util.List.of(title, body)) {
            field.addValueChangeListener(e -> unsaved.setVisible(e.isFromClient() || unsaved.isVisible()));
        }
        unsaved.setText(getTranslation("notes.unsaved"));
        unsaved.getElement().getThemeList().add("badge contrast");
        unsaved.setVisible(false);
        meta.addClassName("rayonne-meta");

        var tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("notes.tab.write"), body);
        var previewPanel = new VerticalLayout(preview);
        previewPanel.addClassName("rayonne-markdown-preview");
        tabs.add(getTranslation("notes.tab.preview"), previewPanel);
        tabs.addSelectedChangeListener(e -> preview.setContent(
                body.getValue().isBlank() ? getTranslation("notes.preview.empty") : body.getValue()));

        var back = new Button(getTranslation("common.back"), VaadinIcon.ARROW_LEFT.create(), e -> getUI().ifPresent(
                        ui -> ui.navigate("notes")));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var save = new Button(getTranslation("common.save"), VaadinIcon.CHECK.create(), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Blurring the field first sends what was just typed before the save runs.
        save.addClickShortcut(com.vaadin.flow.component.Key.KEY_S, com.vaadin.flow.component.KeyModifier.CONTROL)
                .resetFocusOnActiveElement();
        delete.setText(getTranslation("common.delete"));
        delete.setIcon(VaadinIcon.TRASH.create());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> confirmDelete());

        var actions = new HorizontalLayout(back, unsaved, delete, save);
        actions.setWidthFull();
        actions.setAlignItems(Alignment.CENTER);
        actions.expand(unsaved);
        add(actions, office, title, tabs, meta);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("noteId").orElse(NEW);
        if (NEW.equals(id)) {
            note = null;
            String mine = currentUser.require().officeId();
            accounts.office(mine).ifPresent(office::setValue);
            delete.setVisible(false);
            meta.setVisible(false);
            return;
        }
        show(notes.get(id));
    }

    @Override
    public String getPageTitle() {
        return note == null ? getTranslation("notes.new") : note.title();
    }

    private void show(Note shown) {
        note = shown;
        accounts.office(shown.officeId()).ifPresent(office::setValue);
        title.setValue(shown.title());
        body.setValue(shown.body());
        preview.setContent(shown.body());
        meta.setText(getTranslation("notes.meta", Dates.dateTime(shown.updatedAt(), getLocale()), shown.updatedBy()));
        meta.setVisible(true);
        delete.setVisible(true);
        unsaved.setVisible(false);
        title.setInvalid(false);
        body.setInvalid(false);
    }

    private NoteDraft draft() {
        Office chosen = office.getValue();
        return new NoteDraft(
                chosen == null ? currentUser.require().officeId() : chosen.id(), title.getValue(), body.getValue());
    }

    private void save() {
        NoteDraft draft = draft();
        try {
            if (note == null || note.revision() == null) {
                Note created = notes.create(newId.get(notes::newId), draft);
                newId.answered();
                Notifications.success(getTranslation("notes.saved"));
                getUI().ifPresent(ui -> ui.navigate("notes/" + created.id()));
            } else {
                show(notes.update(note.id(), note.revision(), draft));
                Notifications.success(getTranslation("notes.saved"));
            }
        } catch (InvalidNoteException e) {
            showProblems(e);
        } catch (StaleEditException e) {
            Note current = e.current();
            new ConflictDialog(current, draft, this::overwrite, this::show).open();
        } catch (NotFoundException e) {
            Notifications.error(getTranslation("notes.gone"));
        }
    }

    /** The writer chose, knowingly, to save their text over the version saved meanwhile. */
    private void overwrite(Note current, NoteDraft mine) {
        try {
            show(notes.update(current.id(), current.revision(), mine));
            Notifications.success(getTranslation("notes.saved"));
        } catch (StaleEditException again) {
            new ConflictDialog(again.current(), mine, this::overwrite, this::show).open();
        }
    }

    private void showProblems(InvalidNoteException e) {
        title.setInvalid(false);
        body.setInvalid(false);
        for (String problem : e.problems()) {
            var field = problem.contains("title") ? title : body;
            field.setErrorMessage(getTranslation(problem));
            field.setInvalid(true);
        }
    }

    private void confirmDelete() {
        Note current = note;
        if (current == null) {
            return;
        }
        var confirm = new ConfirmDialog(
                getTranslation("notes.delete.confirm.title"),
                getTranslation("notes.delete.confirm.text", current.title()),
                getTranslation("common.delete"),
                e -> {
                    notes.delete(current.id());
                    Notifications.success(getTranslation("notes.deleted"));
                    getUI().ifPresent(ui -> ui.navigate("notes"));
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }
}
