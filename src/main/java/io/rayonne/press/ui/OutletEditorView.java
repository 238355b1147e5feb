package io.rayonne.press.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Role;
import io.rayonne.base.Languages;
import io.rayonne.base.StaleEditException;
import io.rayonne.base.ui.Notifications;
import io.rayonne.base.ui.PendingId;
import io.rayonne.press.InvalidPressInputException;
import io.rayonne.press.Outlet;
import io.rayonne.press.OutletKind;
import io.rayonne.press.Outlets;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** An outlet's record. */
@Route("presse/medias/:outletId")
@RolesAllowed({"PRESS", "ADMIN", "COMMUNICATION"})
class OutletEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "nouveau";

    private final Outlets outlets;
    private final boolean writer;
    private final TextField name = new TextField();
    private final ComboBox<OutletKind> kind = new ComboBox<>();
    private final ComboBox<String> country = new ComboBox<>();
    private final ComboBox<String> language = new ComboBox<>();
    private final BigDecimalField audience = new BigDecimalField();
    private final TextField website = new TextField();
    private @Nullable Outlet outlet;
    /** The new outlet's id, from the first try of its save until one is answered (decision 13). */
    private final PendingId newId = new PendingId();

    OutletEditorView(Outlets outlets, CurrentUser currentUser) {
        this.outlets = outlets;
        this.writer =
                currentUser.require().has(Role.PRESS) || currentUser.require().has(Role.ADMIN);
        addClassName("rayonne-page");
        name.setLabel(getTranslation("press.field.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(Outlet.NAME_MAX);
        kind.setLabel(getTranslation("press.field.kind"));
        kind.setItems(OutletKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.key()));
        country.setLabel(getTranslation("press.field.country"));
        country.setItems(PressFields.countries(getLocale()));
        country.setItemLabelGenerator(code -> PressFields.countryName(code, getLocale()));
        language.setLabel(getTranslation("press.field.language"));
        language.setItems(Languages.OFFERED);
        language.setItemLabelGenerator(code -> Languages.name(code, getLocale()));
        audience.setLabel(getTranslation("press.field.audience"));
        website.setLabel(getTranslation("press.field.website"));
        website.setPlaceholder("https://");
        for (var f : java.util.List.of(name, website)) {
            f.setManualValidation(true);
        }
        var form = new FormLayout(name, kind, country, language, audience, website);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
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
        String id = event.getRouteParameters().get("outletId").orElse(NEW);
        outlet = NEW.equals(id) ? null : outlets.get(id);
        if (outlet != null) {
            name.setValue(outlet.name());
            kind.setValue(outlet.kind());
            country.setValue(outlet.country().isEmpty() ? null : outlet.country());
            language.setValue(outlet.language().isEmpty() ? null : outlet.language());
            audience.setValue(outlet.audience() == null ? null : BigDecimal.valueOf(outlet.audience()));
            website.setValue(outlet.website());
        } else {
            kind.setValue(OutletKind.MAGAZINE);
        }
        for (var f : java.util.List.of(name, website)) {
            f.setReadOnly(!writer);
        }
    }

    @Override
    public String getPageTitle() {
        return outlet == null ? getTranslation("press.outlet.new") : outlet.name();
    }

    private void save() {
        var draft = new Outlet.Draft(
                name.getValue(),
                kind.getValue() == null ? OutletKind.MAGAZINE : kind.getValue(),
                country.getValue() == null ? "" : country.getValue(),
                language.getValue() == null ? "" : language.getValue(),
                audience.getValue() == null ? null : audience.getValue().longValue(),
                website.getValue());
        Outlet read = outlet;
        act(() -> read == null
                ? outlets.create(newId.get(() -> outlets.newId(draft)), draft)
                : outlets.update(read.id(), read.revision(), draft));
    }

    private void act(Supplier<Outlet> step) {
        try {
            Outlet saved = step.get();
            newId.answered();
            boolean created = outlet == null;
            outlet = saved;
            Notifications.success(getTranslation("press.outlet.saved"));
            if (created) {
                getUI().ifPresent(ui -> ui.navigate("presse/medias/" + saved.id()));
            }
        } catch (InvalidPressInputException e) {
            name.setInvalid(e.problems().contains("press.error.outlet-name-required"));
            name.setErrorMessage(getTranslation("press.error.outlet-name-required"));
            website.setInvalid(e.problems().contains("press.error.url-invalid"));
            website.setErrorMessage(getTranslation("press.error.url-invalid"));
            Notifications.error(String.join(
                    " ", e.problems().stream().map(this::getTranslation).toList()));
        } catch (StaleEditException e) {
            outlet = e.current();
            Notifications.error(getTranslation("press.conflict"));
        }
    }
}
