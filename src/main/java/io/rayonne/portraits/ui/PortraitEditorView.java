package io.rayonne.portraits.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.base.StaleEditException;
import io.rayonne.base.ui.Notifications;
import io.rayonne.portraits.Favourite;
import io.rayonne.portraits.Languages;
import io.rayonne.portraits.Portrait;
import io.rayonne.portraits.PortraitStatus;
import io.rayonne.portraits.PortraitText;
import io.rayonne.portraits.PortraitWorkflowException;
import io.rayonne.portraits.Portraits;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A portrait: the guide writes it (on a phone too) and sends it for review; a reviewer asks for
 * changes or approves. A stale save opens a dialog that keeps what the writer typed.
 */
@Route("portraits/:portraitId")
@RolesAllowed({"GUIDE", "COMMUNICATION", "PRESS", "ADMIN"})
class PortraitEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "nouveau";

    private final Portraits portraits;
    private final CurrentUser currentUser;

    private final TextField displayName = new TextField();
    private final TextField speciality = new TextField();
    private final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    private final TextField territory = new TextField();
    private final TextArea bio = new TextArea();
    private final TextArea anecdotes = new TextArea();
    private final VerticalLayout favourites = new VerticalLayout();
    private final Button addFavourite = new Button();
    private final Div status = new Div();
    private final HorizontalLayout actions = new HorizontalLayout();

    private @Nullable Portrait portrait;

    PortraitEditorView(Portraits portraits, CurrentUser currentUser) {
        this.portraits = portraits;
        this.currentUser = currentUser;
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
        anecdotes.setLabel(getTranslation("portraits.field.anecdotes"));
        anecdotes.setMaxLength(PortraitText.ANECDOTES_MAX);
        for (TextArea area : List.of(bio, anecdotes)) {
            area.setWidthFull();
            area.setMinHeight("8rem");
            counter(area);
        }
        for (var field : List.of(displayName, speciality, territory)) {
            field.setManualValidation(true);
        }
        favourites.setPadding(false);
        addFavourite.setText(getTranslation("portraits.favourite.add"));
        addFavourite.setIcon(VaadinIcon.PLUS.create());
        addFavourite.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addFavourite.addClickListener(e -> addFavouriteRow(new Favourite("", "")));

        var form = new FormLayout(displayName, speciality, languages, territory);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setWidthFull();
        status.addClassName("rayonne-portrait-status");
        actions.setWidthFull();
        actions.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        actions.getStyle().set("flex-wrap", "wrap");
        add(
                status,
                form,
                bio,
                new H3(getTranslation("portraits.favourites")),
                favourites,
                addFavourite,
                anecdotes,
                actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("portraitId").orElse(NEW);
        if (NEW.equals(id)) {
            portrait = null;
            show(PortraitText.empty());
        } else {
            portrait = portraits.get(id);
            show(portrait.text());
        }
        refreshState();
    }

    @Override
    public String getPageTitle() {
        return portrait == null
                ? getTranslation("portraits.new")
                : portrait.text().displayName();
    }

    private void show(PortraitText text) {
        displayName.setValue(text.displayName());
        speciality.setValue(text.speciality());
        languages.setValue(new HashSet<>(text.languages()));
        territory.setValue(text.territory());
        bio.setValue(text.bio());
        anecdotes.setValue(text.anecdotes());
        favourites.removeAll();
        text.favourites().forEach(this::addFavouriteRow);
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
                bio.getValue());
    }

    private void addFavouriteRow(Favourite favourite) {
        var place = new TextField(getTranslation("portraits.favourite.place"));
        place.setValue(favourite.place());
        place.setWidthFull();
        var text = new TextArea(getTranslation("portraits.favourite.text"));
        text.setValue(favourite.text());
        text.setMaxLength(PortraitText.FAVOURITE_TEXT_MAX);
        text.setWidthFull();
        counter(text);
        var row = new VerticalLayout(place, text);
        row.setPadding(false);
        row.addClassName("rayonne-favourite");
        var remove = new Button(getTranslation("portraits.favourite.remove"), VaadinIcon.TRASH.create(), e -> {
            favourites.remove(row);
            refreshState();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        row.add(remove);
        favourites.add(row);
        refreshState();
    }

    /** Buttons and read-only state for who the user is and where the portrait stands. */
    private void refreshState() {
        actions.removeAll();
        status.removeAll();
        String me = currentUser.require().id();
        boolean owner = portrait == null || portrait.guideId().equals(me);
        PortraitStatus current = portrait == null ? PortraitStatus.DRAFT : portrait.status();
        boolean reviewer = portraits.canReview();
        boolean editable = reviewer ? current != PortraitStatus.PUBLISHED : owner && current.editableByGuide();
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

        if (portrait != null) {
            status.add(PortraitsView.badge(portrait));
            if (current == PortraitStatus.CHANGES_REQUESTED && portrait.reviewNote() != null) {
                var note = new Paragraph(getTranslation("portraits.note", portrait.reviewNote()));
                note.addClassName("rayonne-review-note");
                status.add(note);
            } else if (current == PortraitStatus.SUBMITTED && owner && !reviewer) {
                status.add(new Paragraph(getTranslation("portraits.submitted.help")));
            }
        }
        if (editable) {
            var save = new Button(getTranslation("common.save"), VaadinIcon.CHECK.create(), e -> save());
            actions.add(save);
            if (owner && current.editableByGuide()) {
                var submit =
                        new Button(getTranslation("portraits.submit"), VaadinIcon.PAPERPLANE.create(), e -> submit());
                submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(submit);
            } else {
                save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        }
        if (reviewer && portrait != null && current == PortraitStatus.SUBMITTED) {
            var ask = new Button(
                    getTranslation("portraits.request-changes"),
                    VaadinIcon.COMMENT_ELLIPSIS_O.create(),
                    e -> askForChanges());
            var approve = new Button(
                    getTranslation("portraits.approve"),
                    VaadinIcon.CHECK_CIRCLE.create(),
                    e -> act(() -> portraits.approve(portrait.id(), portrait.revision()), "portraits.approved"));
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            actions.add(ask, approve);
        }
    }

    private void save() {
        PortraitText text = typed();
        if (portrait == null) {
            act(() -> portraits.create(text), "portraits.saved");
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
                            ? portraits.create(text)
                            : text.equals(portrait.text())
                                    ? portrait
                                    : portraits.update(portrait.id(), portrait.revision(), text);
                    return portraits.submit(saved.id(), saved.revision());
                },
                "portraits.sent");
    }

    private void askForChanges() {
        Portrait read = portrait;
        if (read == null) {
            return;
        }
        var dialog = new Dialog(getTranslation("portraits.request-changes"));
        var note = new TextArea(getTranslation("portraits.request-changes.note"));
        note.setWidthFull();
        note.setMinHeight("8rem");
        note.setManualValidation(true);
        note.setErrorMessage(getTranslation("portraits.error.note-required"));
        dialog.add(note);
        var send = new Button(getTranslation("portraits.request-changes.send"), e -> {
            if (note.getValue().isBlank()) {
                note.setInvalid(true);
                return;
            }
            dialog.close();
            act(
                    () -> portraits.requestChanges(read.id(), read.revision(), note.getValue()),
                    "portraits.changes-requested");
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), send);
        dialog.setWidth("min(560px, 95vw)");
        dialog.open();
        note.focus();
    }

    private void act(Supplier<Portrait> step, String doneKey) {
        try {
            Portrait result = step.get();
            boolean created = portrait == null;
            portrait = result;
            Notifications.success(getTranslation(doneKey));
            if (created) {
                getUI().ifPresent(ui -> ui.navigate("portraits/" + result.id()));
            } else {
                show(result.text());
                refreshState();
            }
        } catch (PortraitWorkflowException e) {
            showProblems(e.problems());
        } catch (StaleEditException e) {
            conflict(e.current(), typed());
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

    private void counter(TextArea area) {
        area.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        Runnable update = () -> area.setHelperText(area.getValue().length() + " / " + area.getMaxLength());
        area.addValueChangeListener(e -> update.run());
        update.run();
    }
}
