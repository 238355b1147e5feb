package io.rayonne.partners.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.rayonne.base.Languages;
import io.rayonne.base.ui.Dates;
import io.rayonne.partners.Contact;
import io.rayonne.partners.LegalBasis;
import io.rayonne.partners.Subscription;
import io.rayonne.partners.SubscriptionState;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One contact of a partner: who they are, how to reach them, and their subscription to bulletins
 * with why the office may write to them. A suppressed address is shown, not offered.
 */
class ContactForm extends VerticalLayout {

    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final ComboBox<String> role = new ComboBox<>();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final Select<String> language = new Select<>();
    private final Select<SubscriptionState> state = new Select<>();
    private final Span suppressed = new Span();
    private final Select<LegalBasis> basis = new Select<>();
    private final TextField source = new TextField();
    private final DatePicker since;
    private final Button remove;
    private Contact shown;

    ContactForm(Contact contact, List<String> roles, Runnable onRemove) {
        this.shown = contact;
        setPadding(false);
        setSpacing(false);
        addClassName("rayonne-contact-form");
        firstName.setLabel(getTranslation("partners.contact.first-name"));
        firstName.setMaxLength(Contact.NAME_MAX);
        lastName.setLabel(getTranslation("partners.contact.last-name"));
        lastName.setMaxLength(Contact.NAME_MAX);
        role.setLabel(getTranslation("partners.contact.role"));
        role.setItems(roles);
        role.setAllowCustomValue(true);
        role.addCustomValueSetListener(e -> role.setValue(e.getDetail()));
        email.setLabel(getTranslation("partners.contact.email"));
        email.setErrorMessage(getTranslation("partners.contact.email-invalid"));
        phone.setLabel(getTranslation("partners.contact.phone"));
        language.setLabel(getTranslation("partners.contact.language"));
        language.setItems(Languages.OFFERED);
        language.setItemLabelGenerator(code -> Languages.name(code, getLocale()));
        state.setLabel(getTranslation("partners.contact.state"));
        state.setItems(SubscriptionState.SUBSCRIBED, SubscriptionState.UNSUBSCRIBED);
        state.setItemLabelGenerator(s -> getTranslation(s.key()));
        suppressed.addClassName("rayonne-help");
        suppressed.getElement().getThemeList().add("badge error");
        basis.setLabel(getTranslation("partners.contact.basis"));
        basis.setItems(LegalBasis.values());
        basis.setItemLabelGenerator(b -> getTranslation(b.key()));
        basis.setHelperText(getTranslation("partners.contact.basis-help"));
        source.setLabel(getTranslation("partners.contact.source"));
        source.setMaxLength(Subscription.SOURCE_MAX);
        source.setHelperText(getTranslation("partners.contact.source-help"));
        since = Dates.picker(getTranslation("partners.contact.since"), getLocale());
        remove = new Button(getTranslation("partners.contact.remove"), VaadinIcon.TRASH.create(), e -> onRemove.run());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var form = new FormLayout(
                firstName, lastName, role, email, phone, language, state, suppressed, basis, source, since);
        form.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("52em", 3));
        add(form, remove);
        setValue(contact);
    }

    private void setValue(Contact c) {
        firstName.setValue(c.firstName());
        lastName.setValue(c.lastName());
        role.setValue(c.role().isEmpty() ? null : c.role());
        email.setValue(c.email());
        phone.setValue(c.phone());
        language.setValue(c.language().isEmpty() ? null : c.language());
        boolean blocked = c.subscription().state() == SubscriptionState.SUPPRESSED;
        state.setVisible(!blocked);
        suppressed.setVisible(blocked);
        suppressed.setText(getTranslation("partners.contact.suppressed"));
        state.setValue(blocked ? SubscriptionState.SUBSCRIBED : c.subscription().state());
        basis.setValue(c.subscription().basis());
        source.setValue(c.subscription().source());
        since.setValue(c.subscription().since());
    }

    Contact value() {
        Subscription before = shown.subscription();
        SubscriptionState chosen = before.state() == SubscriptionState.SUPPRESSED
                ? SubscriptionState.SUPPRESSED
                : Objects.requireNonNullElse(state.getValue(), SubscriptionState.SUBSCRIBED);
        return new Contact(
                shown.id(),
                firstName.getValue(),
                lastName.getValue(),
                Objects.requireNonNullElse(role.getValue(), ""),
                email.getValue(),
                phone.getValue(),
                Objects.requireNonNullElse(language.getValue(), ""),
                new Subscription(
                        chosen,
                        Objects.requireNonNullElse(basis.getValue(), LegalBasis.CONSENT),
                        source.getValue(),
                        since.getValue(),
                        before.changedAt(),
                        before.declined()));
    }

    /** Marks the fields a problem names (its email, its phone). */
    void mark(String value) {
        if (!value.isEmpty() && value.equals(email.getValue())) {
            email.setInvalid(true);
        }
        if (!value.isEmpty() && value.equals(phone.getValue())) {
            phone.setInvalid(true);
        }
    }

    void setReadOnly(boolean readOnly) {
        List.of(firstName, lastName, email, phone, source).forEach(f -> f.setReadOnly(readOnly));
        role.setReadOnly(readOnly);
        language.setReadOnly(readOnly);
        state.setReadOnly(readOnly);
        basis.setReadOnly(readOnly);
        since.setReadOnly(readOnly);
        remove.setVisible(!readOnly);
    }

    static Contact blank(Clock clock) {
        return new Contact(
                "",
                "",
                "",
                "",
                "",
                "",
                "fr",
                new Subscription(
                        SubscriptionState.SUBSCRIBED,
                        LegalBasis.CONSENT,
                        "",
                        java.time.LocalDate.now(clock.withZone(Dates.PARIS)),
                        null,
                        Set.of()));
    }
}
