package io.rayonne.press.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import io.rayonne.accounts.Role;
import io.rayonne.base.Languages;
import io.rayonne.base.StaleEditException;
import io.rayonne.base.ui.Dates;
import io.rayonne.base.ui.Notifications;
import io.rayonne.base.ui.PendingId;
import io.rayonne.press.InvalidPressInputException;
import io.rayonne.press.Journalist;
import io.rayonne.press.Journalists;
import io.rayonne.press.LikelyDuplicate;
import io.rayonne.press.LikelyDuplicateException;
import io.rayonne.press.Outlet;
import io.rayonne.press.Outlets;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A journalist's record. Saving a new one that probably exists already shows the likely duplicates:
 * open the existing record, complete it with what was typed (a merge), or create anyway.
 */
@Route("presse/journalistes/:journalistId")
@RolesAllowed({"PRESS", "ADMIN", "COMMUNICATION"})
class JournalistEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "nouveau";

    private final Journalists journalists;
    private final boolean writer;
    private final Map<String, String> outletNames;

    private final TextField name = new TextField();
    private final TextField role = new TextField();
    private final MultiSelectComboBox<String> outlets = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> markets = new MultiSelectComboBox<>();
    private final TextField beats = new TextField();
    private final TextField email = new TextField();
    private final TextField phone = new TextField();
    private final TextArea notes = new TextArea();
    private final TextField consentSource = new TextField();
    private final DatePicker consentDate;
    private @Nullable Journalist journalist;
    /** The new journalist's id, from the first try of its save until one is answered (decision 13). */
    private final PendingId newId = new PendingId();

    JournalistEditorView(Journalists journalists, Outlets outletService, CurrentUser currentUser) {
        this.journalists = journalists;
        this.writer =
                currentUser.require().has(Role.PRESS) || currentUser.require().has(Role.ADMIN);
        addClassName("rayonne-page");
        List<Outlet> all = outletService.all();
        outletNames = all.stream().collect(Collectors.toMap(Outlet::id, Outlet::name));
        name.setLabel(getTranslation("press.field.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(Journalist.NAME_MAX);
        role.setLabel(getTranslation("press.field.role"));
        outlets.setLabel(getTranslation("press.field.outlets"));
        outlets.setItems(all.stream().map(Outlet::id).toList());
        outlets.setItemLabelGenerator(id -> outletNames.getOrDefault(id, id));
        languages.setLabel(getTranslation("press.field.languages"));
        languages.setItems(Languages.OFFERED);
        languages.setItemLabelGenerator(code -> Languages.name(code, getLocale()));
        markets.setLabel(getTranslation("press.field.markets"));
        markets.setItems(PressFields.countries(getLocale()));
        markets.setItemLabelGenerator(code -> PressFields.countryName(code, getLocale()));
        beats.setLabel(getTranslation("press.field.beats"));
        beats.setHelperText(getTranslation("press.field.beats.help"));
        email.setLabel(getTranslation("press.field.email"));
        phone.setLabel(getTranslation("press.field.phone"));
        notes.setLabel(getTranslation("press.field.notes"));
        notes.setMaxLength(Journalist.NOTES_MAX);
        notes.setMinHeight("6rem");
        consentSource.setLabel(getTranslation("press.field.consent-source"));
        consentSource.setHelperText(getTranslation("press.field.consent-source.help"));
        consentDate = Dates.picker(getTranslation("press.field.consent-date"), getLocale());
        for (var f : List.of(name, email, phone, consentSource)) {
            f.setManualValidation(true);
        }
        var form = new FormLayout(
                name, role, outlets, beats, languages, markets, email, phone, consentSource, consentDate, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(notes, 2);
        var save = new Button(getTranslation("common.save"), VaadinIcon.CHECK.create(), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(writer);
        var actions = new HorizontalLayout(save);
        actions.setWidthFull();
        actions.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        add(form, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("journalistId").orElse(NEW);
        journalist = NEW.equals(id) ? null : journalists.get(id);
        if (journalist != null) {
            show(journalist);
        }
        for (var f : List.of(name, role, beats, email, phone, consentSource)) {
            f.setReadOnly(!writer);
        }
        for (var f : List.of(outlets, languages, markets)) {
            f.setReadOnly(!writer);
        }
        notes.setReadOnly(!writer);
        consentDate.setReadOnly(!writer);
    }

    @Override
    public String getPageTitle() {
        return journalist == null ? getTranslation("press.journalist.new") : journalist.name();
    }

    private void show(Journalist j) {
        name.setValue(j.name());
        role.setValue(j.role());
        outlets.setValue(new HashSet<>(j.outletIds()));
        languages.setValue(new HashSet<>(j.languages()));
        markets.setValue(new HashSet<>(j.markets()));
        beats.setValue(String.join(", ", j.beats().stream().sorted().toList()));
        email.setValue(j.email());
        phone.setValue(j.phone());
        notes.setValue(j.notes());
        consentSource.setValue(j.consentSource());
        consentDate.setValue(j.consentDate());
    }

    private Journalist.Draft typed() {
        return new Journalist.Draft(
                name.getValue(),
                role.getValue(),
                List.copyOf(outlets.getValue()),
                Set.copyOf(languages.getValue()),
                Set.copyOf(markets.getValue()),
                Arrays.stream(beats.getValue().split(","))
                        .map(String::strip)
                        .filter(b -> !b.isEmpty())
                        .collect(Collectors.toSet()),
                email.getValue(),
                phone.getValue(),
                notes.getValue(),
                consentSource.getValue(),
                consentDate.getValue());
    }

    private void save() {
        for (var field : List.of(name, email, phone, consentSource)) {
            field.setInvalid(false);
        }
        Journalist.Draft draft = typed();
        Journalist read = journalist;
        act(() -> read == null
                ? journalists.create(newId.get(() -> journalists.newId(draft)), draft, false)
                : journalists.update(read.id(), read.revision(), draft));
    }

    private void act(Supplier<Journalist> step) {
        try {
            Journalist saved = step.get();
            newId.answered();
            boolean created = journalist == null;
            journalist = saved;
            Notifications.success(getTranslation("press.journalist.saved"));
            if (created) {
                getUI().ifPresent(ui -> ui.navigate("presse/journalistes/" + saved.id()));
            } else {
                show(saved);
            }
        } catch (InvalidPressInputException e) {
            mark(name, e.problems(), "press.error.name-required");
            mark(email, e.problems(), "press.error.email-invalid");
            mark(phone, e.problems(), "press.error.phone-invalid");
            mark(consentSource, e.problems(), "press.error.consent-source-required");
            Notifications.error(String.join(
                    " ", e.problems().stream().map(this::getTranslation).toList()));
        } catch (LikelyDuplicateException e) {
            duplicates(e.candidates(), typed());
        } catch (StaleEditException e) {
            journalist = e.current();
            Notifications.error(getTranslation("press.conflict"));
        }
    }

    private void mark(TextField field, List<String> problems, String key) {
        field.setInvalid(problems.contains(key));
        field.setErrorMessage(getTranslation(key));
    }

    /** The journalist probably exists: say who, and let the writer choose. Nothing typed is lost. */
    private void duplicates(List<LikelyDuplicate> candidates, Journalist.Draft draft) {
        var dialog = new Dialog(getTranslation("press.duplicate.title"));
        dialog.setWidth("min(620px, 100vw)");
        dialog.add(new Paragraph(getTranslation("press.duplicate.text")));
        for (LikelyDuplicate candidate : candidates) {
            Journalist existing = candidate.journalist();
            var who = new Span(existing.name());
            who.addClassName("rayonne-portrait-name");
            var where = new Span(existing.outletIds().stream()
                    .map(id -> outletNames.getOrDefault(id, id))
                    .collect(Collectors.joining(", ")));
            var why = new Span(getTranslation(
                    candidate.sameEmail() ? "press.duplicate.same-email" : "press.duplicate.similar-name",
                    Math.round(candidate.similarity() * 100)));
            why.addClassName("rayonne-help");
            var open = new Button(getTranslation("press.duplicate.open"), e -> {
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate("presse/journalistes/" + existing.id()));
            });
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            var complete = new Button(getTranslation("press.duplicate.complete"), e -> {
                dialog.close();
                act(() -> {
                    Journalist typedOne = journalists.create(draft, true);
                    return journalists.merge(existing.id(), existing.revision(), typedOne.id());
                });
            });
            complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var card = new Div(who, where, why, new HorizontalLayout(open, complete));
            card.addClassName("rayonne-result");
            card.addClassName("rayonne-duplicate");
            dialog.add(card);
        }
        var anyway = new Button(getTranslation("press.duplicate.create-anyway"), e -> {
            dialog.close();
            act(() -> journalists.create(newId.get(() -> journalists.newId(draft)), draft, true));
        });
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), anyway);
        dialog.open();
    }
}
