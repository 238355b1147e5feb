package io.rayonne.partners.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Office;
import io.rayonne.accounts.User;
import io.rayonne.base.NotFoundException;
import io.rayonne.base.StaleEditException;
import io.rayonne.base.ui.EditorSection;
import io.rayonne.base.ui.Notifications;
import io.rayonne.base.ui.PendingId;
import io.rayonne.base.ui.SaveBar;
import io.rayonne.base.ui.StaleEditDialog;
import io.rayonne.partners.Contact;
import io.rayonne.partners.InvalidPartnerException;
import io.rayonne.partners.Membership;
import io.rayonne.partners.Partner;
import io.rayonne.partners.Partners;
import io.rayonne.partners.Sector;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;

/**
 * A partner: the business (line of business, address, membership, Apidae number) and the people to
 * write to, each with their subscription and why the office may write to them.
 */
@Route("partenaires/:partnerId")
@RolesAllowed({"COMMUNICATION", "ADMIN"})
class PartnerEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "partenaires";
    static final String NEW = "nouveau";

    private final Partners partners;
    private final Accounts accounts;
    private final Clock clock;
    private final User user;
    private final List<String> roles;

    private final H2 heading = new H2();
    private final TextField name = new TextField();
    private final Select<Sector> sector = new Select<>();
    private final Select<Office> office = new Select<>();
    private final ComboBox<String> territory = new ComboBox<>();
    private final TextField street = new TextField();
    private final TextField postalCode = new TextField();
    private final TextField city = new TextField();
    private final Select<Membership> membership = new Select<>();
    private final IntegerField membershipYear = new IntegerField();
    private final TextField apidaeId = new TextField();
    private final TextField website = new TextField();
    private final TextField phone = new TextField();
    private final TextArea notes = new TextArea();
    private final Div contactList = new Div();
    private final Div illustrations = new Div();
    private final Paragraph noContact = new Paragraph();
    private final Button addContact;
    private final Button delete;
    private final SaveBar saveBar = new SaveBar(this::save);
    private final List<ContactForm> contacts = new ArrayList<>();
    private @Nullable Partner partner;
    /** The new partner's id, from the first try of its save until one is answered (decision 13). */
    private final PendingId newId = new PendingId();

    PartnerEditorView(Partners partners, Accounts accounts, CurrentUser currentUser, Clock clock) {
        this.partners = partners;
        this.accounts = accounts;
        this.clock = clock;
        this.user = currentUser.require();
        this.roles = choices(Partners.Field.ROLE);
        addClassName("rayonne-page");
        addClassName("rayonne-partner-editor");
        setWidthFull();
        var back = new Anchor(PartnersView.ROUTE, getTranslation("partners.back"));
        back.addClassName("rayonne-back");

        name.setLabel(getTranslation("partners.field.name"));
        name.setMaxLength(Partner.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        sector.setLabel(getTranslation("partners.field.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> getTranslation(s.key()));
        office.setLabel(getTranslation("partners.field.office"));
        office.setItemLabelGenerator(Office::name);
        List<Office> writable = accounts.offices().stream()
                .filter(o -> partners.mayWrite(o.id()))
                .sorted(Comparator.comparing(Office::name))
                .toList();
        office.setItems(writable);
        office.setVisible(writable.size() > 1);
        territory.setLabel(getTranslation("partners.field.territory"));
        territory.setItems(choices(Partners.Field.TERRITORY));
        territory.setAllowCustomValue(true);
        territory.addCustomValueSetListener(e -> territory.setValue(e.getDetail()));
        street.setLabel(getTranslation("partners.field.street"));
        postalCode.setLabel(getTranslation("partners.field.postal-code"));
        city.setLabel(getTranslation("partners.field.city"));
        membership.setLabel(getTranslation("partners.field.membership"));
        membership.setItems(Membership.values());
        membership.setItemLabelGenerator(m -> getTranslation(m.key()));
        membership.addValueChangeListener(e -> membershipYear.setEnabled(e.getValue() != Membership.NOT_MEMBER));
        membershipYear.setLabel(getTranslation("partners.field.membership-year"));
        membershipYear.setHelperText(getTranslation("partners.field.membership-year-help"));
        apidaeId.setLabel(getTranslation("partners.field.apidae"));
        apidaeId.setHelperText(getTranslation("partners.field.apidae-help"));
        website.setLabel(getTranslation("partners.field.website"));
        website.setPlaceholder("https://");
        phone.setLabel(getTranslation("partners.field.phone"));
        notes.setLabel(getTranslation("partners.field.notes"));
        notes.setMaxLength(Partner.NOTES_MAX);
        var business = new FormLayout(
                name,
                sector,
                office,
                territory,
                street,
                postalCode,
                city,
                membership,
                membershipYear,
                apidaeId,
                website,
                phone,
                notes);
        business.setColspan(name, 2);
        business.setColspan(notes, 2);
        business.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        contactList.addClassName("rayonne-contact-list");
        noContact.setText(getTranslation("partners.contacts.empty"));
        noContact.addClassName("rayonne-help");
        addContact = new Button(getTranslation("partners.contact.add"), VaadinIcon.PLUS.create(), e -> {
            ContactForm form = addForm(ContactForm.blank(clock));
            form.getElement().callJsFunction("scrollIntoView");
        });
        delete = new Button(getTranslation("partners.delete"), VaadinIcon.TRASH.create(), e -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);

        add(
                back,
                heading,
                new EditorSection(getTranslation("partners.section.business"), business, illustrations),
                new EditorSection(getTranslation("partners.section.contacts"), noContact, contactList, addContact),
                delete,
                saveBar);
    }

    private List<String> choices(Partners.Field field) {
        try {
            return partners.values(field);
        } catch (DataAccessException e) {
            return List.of();
        }
    }

    @Override
    public String getPageTitle() {
        return partner == null ? getTranslation("partners.new") : partner.name();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("partnerId").orElse(NEW);
        if (NEW.equals(id)) {
            showNew();
            return;
        }
        try {
            show(partners.get(id));
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, getTranslation("partners.not-found"));
        } catch (DataAccessException e) {
            Notifications.storeError(e, getTranslation("partners.error.storage"));
        }
    }

    private void showNew() {
        partner = null;
        heading.setText(getTranslation("partners.new"));
        fill(new Partner.Draft(
                user.officeId(),
                "",
                Sector.ACCOMMODATION,
                "",
                "",
                "",
                "",
                Membership.NOT_MEMBER,
                null,
                null,
                "",
                "",
                "",
                List.of()));
        delete.setVisible(false);
        setWritable(true);
    }

    private void show(Partner p) {
        partner = p;
        heading.setText(p.name());
        fill(p.draft());
        boolean writer = partners.mayWrite(p.officeId());
        delete.setVisible(writer);
        setWritable(writer);
    }

    private void fill(Partner.Draft d) {
        name.setValue(d.name());
        sector.setValue(d.sector());
        office.setValue(office.getListDataView()
                .getItems()
                .filter(o -> o.id().equals(d.officeId()))
                .findFirst()
                .orElse(accounts.office(d.officeId()).orElse(null)));
        territory.setValue(d.territory().isEmpty() ? null : d.territory());
        street.setValue(d.street());
        postalCode.setValue(d.postalCode());
        city.setValue(d.city());
        membership.setValue(d.membership());
        membershipYear.setValue(d.membershipYear());
        apidaeId.setValue(Objects.requireNonNullElse(d.apidaeId(), ""));
        website.setValue(d.website());
        phone.setValue(d.phone());
        notes.setValue(d.notes());
        illustrations.removeAll();
        illustrations.setVisible(!d.illustrations().isEmpty());
        if (!d.illustrations().isEmpty()) {
            var help = new Paragraph(getTranslation("partners.illustrations"));
            help.addClassName("rayonne-help");
            illustrations.add(help);
            for (Partner.Illustration i : d.illustrations()) {
                var link = new Anchor(i.url(), i.credit().isEmpty() ? i.url() : "© " + i.credit());
                link.setTarget("_blank");
                illustrations.add(new Div(link));
            }
        }
        contacts.clear();
        contactList.removeAll();
        d.contacts().forEach(this::addForm);
        noContact.setVisible(contacts.isEmpty());
    }

    private ContactForm addForm(Contact contact) {
        ContactForm[] form = new ContactForm[1];
        form[0] = new ContactForm(contact, roles, () -> {
            contacts.remove(form[0]);
            contactList.remove(form[0]);
            noContact.setVisible(contacts.isEmpty());
        });
        contacts.add(form[0]);
        contactList.add(form[0]);
        noContact.setVisible(false);
        return form[0];
    }

    private void setWritable(boolean writer) {
        List.of(name, street, postalCode, city, apidaeId, website, phone).forEach(f -> f.setReadOnly(!writer));
        sector.setReadOnly(!writer);
        office.setReadOnly(!writer);
        territory.setReadOnly(!writer);
        membership.setReadOnly(!writer);
        membershipYear.setReadOnly(!writer);
        notes.setReadOnly(!writer);
        contacts.forEach(c -> c.setReadOnly(!writer));
        addContact.setVisible(writer);
        saveBar.setWriter(writer);
    }

    private Partner.Draft typed() {
        return new Partner.Draft(
                office.getValue() == null ? user.officeId() : office.getValue().id(),
                name.getValue(),
                Objects.requireNonNullElse(sector.getValue(), Sector.OTHER),
                Objects.requireNonNullElse(territory.getValue(), ""),
                street.getValue(),
                postalCode.getValue(),
                city.getValue(),
                Objects.requireNonNullElse(membership.getValue(), Membership.NOT_MEMBER),
                membership.getValue() == Membership.NOT_MEMBER ? null : membershipYear.getValue(),
                apidaeId.getValue(),
                website.getValue(),
                phone.getValue(),
                notes.getValue(),
                contacts.stream().map(ContactForm::value).toList(),
                partner == null ? List.of() : partner.illustrations());
    }

    private void save() {
        Partner.Draft draft = typed();
        Partner read = partner;
        name.setInvalid(false);
        try {
            Partner saved = read == null
                    ? partners.create(newId.get(() -> Partners.newId(draft.name())), draft)
                    : partners.update(read.id(), read.revision(), draft);
            newId.answered();
            Notifications.success(getTranslation("partners.saved", saved.name()));
            if (read == null) {
                getUI().ifPresent(ui -> ui.navigate(ROUTE + "/" + saved.id()));
            } else {
                show(saved);
            }
        } catch (InvalidPartnerException e) {
            problems(e.problems());
        } catch (StaleEditException e) {
            Partner theirs = e.current();
            new StaleEditDialog(
                            accounts.user(theirs.updatedBy())
                                    .map(User::displayName)
                                    .orElse(theirs.updatedBy()),
                            theirs.updatedAt(),
                            () -> {
                                partner = theirs;
                                save();
                            },
                            () -> show(theirs))
                    .open();
        } catch (AccessDeniedException e) {
            Notifications.error(getTranslation("partners.error.not-your-office"));
        } catch (DataAccessException e) {
            Notifications.storeError(e, getTranslation("partners.error.storage"));
        }
    }

    private void problems(List<Partner.Problem> problems) {
        for (Partner.Problem p : problems) {
            if (p.key().startsWith("partners.error.name")) {
                name.setErrorMessage(getTranslation(p.key()));
                name.setInvalid(true);
            }
            p.arguments().forEach(value -> contacts.forEach(c -> c.mark(value)));
        }
        Notifications.error(problems.stream()
                .map(p -> getTranslation(p.key(), p.arguments().toArray()))
                .collect(Collectors.joining(" ")));
    }

    private void confirmDelete() {
        Partner current = partner;
        if (current == null) {
            return;
        }
        var confirm = new ConfirmDialog(
                getTranslation("partners.delete.title", current.name()),
                getTranslation("partners.delete.text"),
                getTranslation("partners.delete"),
                e -> {
                    try {
                        partners.delete(current.id());
                        Notifications.success(getTranslation("partners.deleted", current.name()));
                        getUI().ifPresent(ui -> ui.navigate(PartnersView.ROUTE));
                    } catch (DataAccessException ex) {
                        Notifications.storeError(ex, getTranslation("partners.error.storage"));
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
