package io.rayonne.portraits.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.base.Languages;
import io.rayonne.base.StaleEditException;
import io.rayonne.base.ui.Dates;
import io.rayonne.base.ui.Notifications;
import io.rayonne.base.ui.PendingId;
import io.rayonne.media.ConsentProblem;
import io.rayonne.media.MissingConsentException;
import io.rayonne.media.PhotoUse;
import io.rayonne.media.Photos;
import io.rayonne.media.ui.ConsentMessages;
import io.rayonne.media.ui.PhotoList;
import io.rayonne.portraits.Favourite;
import io.rayonne.portraits.Portrait;
import io.rayonne.portraits.PortraitStatus;
import io.rayonne.portraits.PortraitText;
import io.rayonne.portraits.PortraitWorkflowException;
import io.rayonne.portraits.Portraits;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;

/**
 * A portrait: the guide writes it (on a phone too), with photos and their rights, and sends it for
 * review; a reviewer comments field by field, asks for changes, approves, publishes. What is typed
 * is kept in the browser until saved; a stale save opens a dialog that keeps it.
 */
@Route("portraits/:portraitId")
@RolesAllowed({"GUIDE", "COMMUNICATION", "PRESS", "ADMIN"})
class PortraitEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "nouveau";

    private final Portraits portraits;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final TextField displayName = new TextField();
    private final TextField speciality = new TextField();
    private final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    private final TextField territory = new TextField();
    private final TextArea bio = new TextArea();
    private final TextArea anecdotes = new TextArea();
    private final VerticalLayout favourites = new VerticalLayout();
    private final Button addFavourite = new Button();
    private final PhotoList photos;
    private final Div status = new Div();
    private final Div draftBanner = new Div();
    private final Span keptLocally = new Span();
    private final Div review = new Div();
    private final CheckboxGroup<PhotoUse> uses = new CheckboxGroup<>();
    private final Div consent = new Div();
    private final PortraitPreview preview;
    private final PortraitHistory history;
    private final HorizontalLayout actions = new HorizontalLayout();

    private @Nullable Portrait portrait;
    private @Nullable LocalDraft draft;
    /** The id of the portrait being created, kept until a try of its save is answered (decision 13). */
    private final PendingId newId = new PendingId();
    /** While the screen fills the fields, changes are not the writer's typing. */
    private boolean filling;

    PortraitEditorView(
            Portraits portraits, Photos photoService, Accounts accounts, CurrentUser currentUser, Clock clock) {
        this.portraits = portraits;
        this.currentUser = currentUser;
        this.clock = clock;
        this.photos = new PhotoList(photoService);
        this.preview = new PortraitPreview(this::typed);
        this.history = new PortraitHistory(portraits, accounts, this::restore);
        addClassName("rayonne-page");
        addClassName("rayonne-portrait-editor");

        displayName.setLabel(getTranslation("portraits.field.name"));
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(PortraitText.NAME_MAX);
        speciality.setLabel(getTranslation("portraits.field.speciality"));
        speciality.setMaxLength(PortraitText.SPECIALITY_MAX);
        speciality.setPlaceholder(getTranslation("portraits.field.speciality.placeholder"));
        languages.setLabel(getTranslation("portraits.field.languages"));
        languages.setItems(Languages.OFFERED);
        languages.setItemLabelGenerator(code -> Languages.name(code, getLocale()));
        territory.setLabel(getTranslation("portraits.field.territory"));
        bio.setLabel(getTranslation("portraits.field.bio"));
        bio.setMaxLength(PortraitText.BIO_MAX);
        bio.setTooltipText(getTranslation("portraits.markdown.help"));
        anecdotes.setLabel(getTranslation("portraits.field.anecdotes"));
        anecdotes.setMaxLength(PortraitText.ANECDOTES_MAX);
        for (TextArea area : List.of(bio, anecdotes)) {
            area.setWidthFull();
            area.setMinHeight("8rem");
            area.setManualValidation(true);
            counter(area);
        }
        for (TextField field : List.of(displayName, speciality, territory)) {
            field.setManualValidation(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
        }
        for (HasValue<?, ?> field : List.of(displayName, speciality, languages, territory, bio, anecdotes)) {
            field.addValueChangeListener(e -> typing());
        }
        favourites.setPadding(false);
        addFavourite.setText(getTranslation("portraits.favourite.add"));
        addFavourite.setIcon(VaadinIcon.PLUS.create());
        addFavourite.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addFavourite.addClickListener(e -> {
            addFavouriteRow(new Favourite("", ""));
            typing();
        });
        photos.addChangeListener(ids -> typing());

        var form = new FormLayout(displayName, speciality, languages, territory);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setWidthFull();
        status.addClassName("rayonne-portrait-status");
        draftBanner.addClassName("rayonne-draft-banner");
        draftBanner.setVisible(false);
        keptLocally.addClassName("rayonne-kept-locally");
        var markdownHelp = new Paragraph(getTranslation("portraits.markdown.help"));
        markdownHelp.addClassName("rayonne-help");

        review.addClassName("rayonne-review-panel");
        uses.setLabel(getTranslation("portraits.uses"));
        uses.setItems(PhotoUse.values());
        uses.setItemLabelGenerator(use -> getTranslation(use.key()));
        uses.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changeUses();
            }
        });
        consent.addClassName("rayonne-consent-state");
        review.add(new H3(getTranslation("portraits.review")), uses, consent);

        actions.setWidthFull();
        actions.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.addClassName("rayonne-portrait-actions");
        add(
                status,
                draftBanner,
                form,
                bio,
                markdownHelp,
                new H3(getTranslation("portraits.favourites")),
                favourites,
                addFavourite,
                anecdotes,
                new H3(getTranslation("portraits.field.photos")),
                photos,
                review,
                preview,
                history,
                actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("portraitId").orElse(NEW);
        String me = currentUser.require().id();
        if (NEW.equals(id)) {
            portrait = null;
            show(PortraitText.empty());
        } else {
            portrait = portraits.get(id);
            show(portrait.text());
        }
        draft = new LocalDraft(this, me, id);
        offerKeptDraft();
        refreshState();
    }

    @Override
    public String getPageTitle() {
        return portrait == null
                ? getTranslation("portraits.new")
                : portrait.text().displayName();
    }

    private void show(PortraitText text) {
        filling = true;
        try {
            displayName.setValue(text.displayName());
            speciality.setValue(text.speciality());
            languages.setValue(new HashSet<>(text.languages()));
            territory.setValue(text.territory());
            bio.setValue(text.bio());
            anecdotes.setValue(text.anecdotes());
            favourites.removeAll();
            text.favourites().forEach(this::addFavouriteRow);
            photos.setPhotoIds(text.photoIds());
        } finally {
            filling = false;
        }
    }

    private PortraitText typed() {
        List<Favourite> list = new ArrayList<>();
        favourites.getChildren().forEach(row -> {
            var fields = row.getChildren().toList();
            String place = ((TextField) fields.get(0)).getValue().strip();
            String text = ((TextArea) fields.get(1)).getValue();
            if (!place.isEmpty() || !text.isBlank()) {
                list.add(new Favourite(place, text));
            }
        });
        return new PortraitText(
                displayName.getValue().strip(),
                speciality.getValue().strip(),
                languages.getValue(),
                territory.getValue().strip(),
                list,
                anecdotes.getValue(),
                bio.getValue(),
                photos.getPhotoIds());
    }

    /** The writer changed something: check it as they type, and keep it in the browser until it is saved. */
    private void typing() {
        if (filling || draft == null || !isEditable()) {
            return;
        }
        checkAsTyped();
        PortraitText text = typed();
        if (portrait != null && text.equals(portrait.text())) {
            draft.clear();
            keptLocally.setText("");
            return;
        }
        var now = clock.instant();
        draft.keep(text, now);
        keptLocally.setText(getTranslation("portraits.draft.kept", Dates.dateTime(now, getLocale())));
        preview.refresh();
    }

    /** The checks that need no server: a name, no active markup in the long texts. */
    private void checkAsTyped() {
        boolean noName = displayName.getValue().isBlank();
        displayName.setErrorMessage(noName ? getTranslation("portraits.error.name-required") : null);
        displayName.setInvalid(noName);
        for (TextArea area : List.of(bio, anecdotes)) {
            boolean markup = io.rayonne.base.Markdown.hasActiveMarkup(area.getValue());
            area.setErrorMessage(markup ? getTranslation("portraits.error.markup") : null);
            area.setInvalid(markup);
        }
    }

    /** A draft typed earlier and never saved: offered back, never applied without asking. */
    private void offerKeptDraft() {
        draftBanner.removeAll();
        draftBanner.setVisible(false);
        LocalDraft current = draft;
        if (current == null) {
            return;
        }
        current.read(found -> found.ifPresent(kept -> {
            if (!isEditable() || (portrait != null && kept.text().equals(portrait.text()))) {
                return;
            }
            var text = new Span(getTranslation("portraits.draft.found", Dates.dateTime(kept.at(), getLocale())));
            var resume = new Button(getTranslation("portraits.draft.resume"), e -> {
                show(kept.text());
                draftBanner.setVisible(false);
                refreshState();
                typing();
            });
            resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            var drop = new Button(getTranslation("portraits.draft.drop"), e -> {
                current.clear();
                draftBanner.setVisible(false);
            });
            drop.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            draftBanner.add(VaadinIcon.FILE_TEXT_O.create(), text, resume, drop);
            draftBanner.setVisible(true);
        }));
    }

    private void addFavouriteRow(Favourite favourite) {
        var place = new TextField(getTranslation("portraits.favourite.place"));
        place.setValue(favourite.place());
        place.setWidthFull();
        place.setValueChangeMode(ValueChangeMode.LAZY);
        place.addValueChangeListener(e -> typing());
        var text = new TextArea(getTranslation("portraits.favourite.text"));
        text.setValue(favourite.text());
        text.setMaxLength(PortraitText.FAVOURITE_TEXT_MAX);
        text.setWidthFull();
        counter(text);
        text.addValueChangeListener(e -> typing());
        var row = new VerticalLayout(place, text);
        row.setPadding(false);
        row.addClassName("rayonne-favourite");
        var remove = new Button(getTranslation("portraits.favourite.remove"), VaadinIcon.TRASH.create(), e -> {
            favourites.remove(row);
            refreshState();
            typing();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        row.add(remove);
        favourites.add(row);
        refreshState();
    }

    private boolean isOwner() {
        return portrait == null
                || portrait.guideId().equals(currentUser.require().id());
    }

    private PortraitStatus currentStatus() {
        return portrait == null ? PortraitStatus.DRAFT : portrait.status();
    }

    private boolean isEditable() {
        PortraitStatus current = currentStatus();
        return portraits.canReview() ? current != PortraitStatus.PUBLISHED : isOwner() && current.editableByGuide();
    }

    /** Buttons and read-only state for who the user is and where the portrait stands. */
    private void refreshState() {
        actions.removeAll();
        status.removeAll();
        boolean owner = isOwner();
        PortraitStatus current = currentStatus();
        boolean reviewer = portraits.canReview();
        boolean editable = isEditable();
        for (HasValue<?, ?> field : List.of(displayName, speciality, languages, territory, bio, anecdotes)) {
            field.setReadOnly(!editable);
        }
        favourites.getChildren().forEach(row -> row.getChildren().forEach(c -> {
            if (c instanceof HasValue<?, ?> value) {
                value.setReadOnly(!editable);
            } else {
                c.setVisible(editable);
            }
        }));
        addFavourite.setVisible(editable && favourites.getComponentCount() < PortraitText.FAVOURITES_MAX);
        photos.setEditable(editable);
        markCommentedFields();

        if (portrait != null) {
            status.add(PortraitsView.badge(portrait));
            if (current == PortraitStatus.CHANGES_REQUESTED) {
                status.add(requests(portrait));
            } else if (current == PortraitStatus.SUBMITTED && owner && !reviewer) {
                status.add(new Paragraph(getTranslation("portraits.submitted.help")));
            }
            history.show(portrait, editable);
        }
        history.setVisible(portrait != null);
        review.setVisible(reviewer && portrait != null);
        if (reviewer && portrait != null) {
            uses.setValue(portrait.uses());
            uses.setReadOnly(current == PortraitStatus.PUBLISHED);
            showConsent(portraits.consentProblems(portrait.id()));
        }

        actions.add(keptLocally);
        if (editable) {
            var save = new Button(getTranslation("common.save"), VaadinIcon.CHECK.create(), e -> save());
            actions.add(save);
            if (owner && current.editableByGuide()) {
                var submit =
                        new Button(getTranslation("portraits.submit"), VaadinIcon.PAPERPLANE.create(), e -> submit());
                submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(submit);
            } else if (!reviewer
                    || !current.canMoveTo(PortraitStatus.PUBLISHED) && current != PortraitStatus.SUBMITTED) {
                // A reviewer's main step is the workflow's; saving is primary only when there is none.
                save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        }
        if (reviewer && portrait != null) {
            reviewerActions(portrait, current);
        }
    }

    private void reviewerActions(Portrait read, PortraitStatus current) {
        if (current == PortraitStatus.SUBMITTED || current == PortraitStatus.APPROVED) {
            actions.add(new Button(
                    getTranslation("portraits.request-changes"),
                    VaadinIcon.COMMENT_ELLIPSIS_O.create(),
                    e -> askForChanges()));
        }
        if (current.canMoveTo(PortraitStatus.WITHDRAWN)) {
            var withdraw = new Button(
                    getTranslation("portraits.withdraw"),
                    VaadinIcon.BAN.create(),
                    e -> act(() -> portraits.withdraw(read.id(), read.revision()), "portraits.withdrawn"));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(withdraw);
        }
        if (current == PortraitStatus.SUBMITTED) {
            var approve = new Button(
                    getTranslation("portraits.approve"),
                    VaadinIcon.CHECK_CIRCLE.create(),
                    e -> act(() -> portraits.approve(read.id(), read.revision()), "portraits.approved"));
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            actions.add(approve);
        }
        if (current.canMoveTo(PortraitStatus.PUBLISHED)) {
            var publish = new Button(
                    getTranslation("portraits.publish"),
                    VaadinIcon.GLOBE.create(),
                    e -> act(() -> portraits.publish(read.id(), read.revision()), "portraits.published"));
            publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            actions.add(publish);
        }
    }

    /** The general request and the notes about single fields, for the guide to act on. */
    private Div requests(Portrait p) {
        var box = new Div();
        box.addClassName("rayonne-review-note");
        if (p.reviewNote() != null && !p.reviewNote().isBlank()) {
            box.add(new Paragraph(getTranslation("portraits.note", p.reviewNote())));
        }
        if (!p.fieldNotes().isEmpty()) {
            var list = new UnorderedList();
            Portrait.FIELDS.stream()
                    .filter(p.fieldNotes()::containsKey)
                    .forEach(field -> list.add(new ListItem(getTranslation(
                            "portraits.field-note",
                            getTranslation(PortraitHistory.fieldKey(field)),
                            p.fieldNotes().get(field)))));
            box.add(list);
        }
        return box;
    }

    /** Fields a reviewer commented on carry the comment while changes are requested. */
    private void markCommentedFields() {
        Map<String, String> notes = portrait != null && portrait.status() == PortraitStatus.CHANGES_REQUESTED
                ? portrait.fieldNotes()
                : Map.of();
        Map<String, com.vaadin.flow.component.Component> fields = Map.of(
                "name", displayName,
                "speciality", speciality,
                "languages", languages,
                "territory", territory,
                "bio", bio,
                "anecdotes", anecdotes);
        fields.forEach((field, component) -> {
            component.getElement().getClassList().set("rayonne-field-commented", notes.containsKey(field));
            if (component instanceof TextField text) {
                text.setHelperText(
                        notes.containsKey(field) ? getTranslation("portraits.note", notes.get(field)) : null);
            } else if (component instanceof MultiSelectComboBox<?> box) {
                box.setHelperText(notes.containsKey(field) ? getTranslation("portraits.note", notes.get(field)) : null);
            }
        });
    }

    private void showConsent(List<ConsentProblem> problems) {
        consent.removeAll();
        photos.showProblems(problems);
        if (problems.isEmpty()) {
            var ok = new Paragraph(getTranslation("portraits.consent.ok"));
            ok.addClassName("rayonne-consent-ok");
            consent.add(ok);
            return;
        }
        var title = new Paragraph(getTranslation("portraits.consent.blocked"));
        title.addClassName("rayonne-consent-blocked");
        var list = new UnorderedList();
        ConsentMessages.texts(this, problems).forEach(t -> list.add(new ListItem(t)));
        consent.add(title, list);
    }

    private void changeUses() {
        Portrait read = portrait;
        if (read == null) {
            return;
        }
        var chosen = uses.getValue().isEmpty() ? EnumSet.noneOf(PhotoUse.class) : EnumSet.copyOf(uses.getValue());
        act(() -> portraits.changeUses(read.id(), read.revision(), chosen), "portraits.uses.saved");
    }

    private void save() {
        PortraitText text = typed();
        if (portrait == null) {
            act(() -> portraits.create(newId.get(portraits::newId), text), "portraits.saved");
        } else {
            Portrait read = portrait;
            act(() -> portraits.update(read.id(), read.revision(), text), "portraits.saved");
        }
    }

    /** Saves what was typed first when it changed, then sends for review. */
    private void submit() {
        PortraitText text = typed();
        act(
                () -> {
                    Portrait saved = portrait == null
                            ? portraits.create(newId.get(portraits::newId), text)
                            : text.equals(portrait.text())
                                    ? portrait
                                    : portraits.update(portrait.id(), portrait.revision(), text);
                    return portraits.submit(saved.id(), saved.revision());
                },
                "portraits.sent");
    }

    private void restore(int number) {
        Portrait read = portrait;
        if (read != null) {
            act(() -> portraits.restore(read.id(), read.revision(), number), "portraits.restored");
        }
    }

    /** A general note and a note per field; at least one. */
    private void askForChanges() {
        Portrait read = portrait;
        if (read == null) {
            return;
        }
        var dialog = new Dialog(getTranslation("portraits.request-changes"));
        dialog.addClassName("rayonne-request-changes");
        var note = new TextArea(getTranslation("portraits.request-changes.note"));
        note.setWidthFull();
        note.setMinHeight("6rem");
        note.setManualValidation(true);
        note.setErrorMessage(getTranslation("portraits.error.note-required"));
        dialog.add(note, new Paragraph(getTranslation("portraits.request-changes.fields")));
        Map<String, TextField> perField = new LinkedHashMap<>();
        for (String field : Portrait.FIELDS) {
            var fieldNote = new TextField(getTranslation(PortraitHistory.fieldKey(field)));
            fieldNote.setWidthFull();
            perField.put(field, fieldNote);
            dialog.add(fieldNote);
        }
        var send = new Button(getTranslation("portraits.request-changes.send"), e -> {
            Map<String, String> notes = new LinkedHashMap<>();
            perField.forEach((field, f) -> {
                if (!f.getValue().isBlank()) {
                    notes.put(field, f.getValue());
                }
            });
            if (note.getValue().isBlank() && notes.isEmpty()) {
                note.setInvalid(true);
                return;
            }
            dialog.close();
            act(
                    () -> portraits.requestChanges(read.id(), read.revision(), note.getValue(), notes),
                    "portraits.changes-requested");
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), send);
        dialog.setWidth("min(620px, 100vw)");
        dialog.open();
        note.focus();
    }

    private void act(Supplier<Portrait> step, String doneKey) {
        try {
            Portrait result = step.get();
            newId.answered();
            boolean created = portrait == null;
            portrait = result;
            if (draft != null) {
                draft.clear();
            }
            keptLocally.setText("");
            Notifications.success(getTranslation(doneKey));
            if (created) {
                getUI().ifPresent(ui -> ui.navigate("portraits/" + result.id()));
            } else {
                show(result.text());
                refreshState();
            }
        } catch (PortraitWorkflowException e) {
            showProblems(e.problems());
        } catch (MissingConsentException e) {
            showConsent(e.problems());
            Notifications.error(
                    getTranslation("portraits.consent.refused", e.problems().size()) + " "
                            + String.join(" ", ConsentMessages.texts(this, e.problems())));
        } catch (StaleEditException e) {
            conflict(e.current(), typed());
        } catch (DataAccessException e) {
            // What was typed stays on screen and in the browser: nothing is lost.
            Notifications.storeError(e, getTranslation("portraits.error.storage"));
        }
    }

    private static final Map<String, String> FIELD_OF_PROBLEM = Map.of(
            "portraits.error.name-required", "name",
            "portraits.error.name-too-long", "name",
            "portraits.error.speciality-required", "speciality",
            "portraits.error.speciality-too-long", "speciality");

    private void showProblems(List<String> problems) {
        displayName.setInvalid(false);
        speciality.setInvalid(false);
        for (String problem : problems) {
            String field = FIELD_OF_PROBLEM.get(problem);
            if ("name".equals(field)) {
                displayName.setErrorMessage(getTranslation(problem));
                displayName.setInvalid(true);
            } else if ("speciality".equals(field)) {
                speciality.setErrorMessage(getTranslation(problem));
                speciality.setInvalid(true);
            }
        }
        Notifications.error(
                String.join(" ", problems.stream().map(this::getTranslation).toList()));
    }

    /** Someone saved meanwhile: keep the writer's text on screen until they choose. */
    private void conflict(Portrait theirs, PortraitText mine) {
        var dialog = new Dialog(getTranslation("portraits.conflict.title"));
        dialog.add(new Paragraph(getTranslation("portraits.conflict.text", theirs.updatedBy())));
        var keep = new Button(getTranslation("portraits.conflict.keep-mine"), e -> {
            dialog.close();
            portrait = theirs;
            act(() -> portraits.update(theirs.id(), theirs.revision(), mine), "portraits.saved");
        });
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var take = new Button(getTranslation("portraits.conflict.take-theirs"), e -> {
            dialog.close();
            portrait = theirs;
            show(theirs.text());
            refreshState();
        });
        dialog.getFooter().add(take, keep);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }

    /** Characters used out of the limit, updated as the writer types (and the text kept locally). */
    private void counter(TextArea area) {
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(300);
        Runnable update = () -> area.setHelperText(area.getValue().length() + " / " + area.getMaxLength());
        area.addValueChangeListener(e -> update.run());
        update.run();
    }
}
