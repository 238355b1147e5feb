package io.rayonne.press.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.rayonne.base.Amounts;
import io.rayonne.base.StaleEditException;
import io.rayonne.base.ui.Dates;
import io.rayonne.base.ui.EditorSection;
import io.rayonne.base.ui.Notifications;
import io.rayonne.base.ui.PendingId;
import io.rayonne.base.ui.SaveBar;
import io.rayonne.base.ui.StaleEditDialog;
import io.rayonne.press.CoOrganiser;
import io.rayonne.press.Coverage;
import io.rayonne.press.CoverageItem;
import io.rayonne.press.InvalidVisitException;
import io.rayonne.press.Journalist;
import io.rayonne.press.Journalists;
import io.rayonne.press.Outlet;
import io.rayonne.press.Outlets;
import io.rayonne.press.PressVisit;
import io.rayonne.press.PressVisits;
import io.rayonne.press.ProgrammeItem;
import io.rayonne.press.ProgrammeMails;
import io.rayonne.press.ProgrammeSend;
import io.rayonne.press.Saturation;
import io.rayonne.press.VisitOrigin;
import io.rayonne.press.VisitStatus;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;

/**
 * A press visit: who, when, what about, with whom; the programme day by day with its hosting
 * partners; costs; the programme emailed; the coverage it brought and what each piece cost. Bad
 * input is named next to the field or the programme item, and nothing typed is lost.
 */
@Route("presse/accueils/:visitId")
@RolesAllowed({"PRESS", "ADMIN", "COMMUNICATION"})
class PressVisitEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "nouveau";

    private final PressVisits visits;
    private final ProgrammeMails mails;
    private final Coverage coverage;
    private final Map<String, String> journalistNames;
    private final Map<String, String> outletNames;

    private final H2 title = new H2();
    private final Span statusBadge = new Span();
    private final Div saturation = new Div();
    private final TextField subject = new TextField();
    private final RadioButtonGroup<VisitOrigin> origin = new RadioButtonGroup<>();
    private final Select<VisitStatus> status = new Select<>();
    private final MultiSelectComboBox<String> journalists = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> outlets = new MultiSelectComboBox<>();
    private final DatePicker start;
    private final DatePicker end;
    private final TextArea angle = new TextArea();
    private final TextArea notes = new TextArea();
    private final TextField budget = new TextField();
    private final TextField actualCost = new TextField();
    private final Div coOrganiserList = new Div();
    private final Div programmeList = new Div();
    private final Paragraph programmeCost = new Paragraph();
    private final VerticalLayout sendSection = new VerticalLayout();
    private final VerticalLayout coverageSection = new VerticalLayout();
    private final SaveBar actions = new SaveBar(this::save);

    private @Nullable PressVisit visit;
    /** The new visit's id, from the first try of its save until one is answered (decision 13). */
    private final PendingId newId = new PendingId();

    private boolean writer;
    private List<CoOrganiser> coOrganisers = new ArrayList<>();
    private List<ProgrammeItem> programme = new ArrayList<>();
    private Set<String> itemsInError = Set.of();

    PressVisitEditorView(
            PressVisits visits,
            ProgrammeMails mails,
            Coverage coverage,
            Journalists journalistService,
            Outlets outletService) {
        this.visits = visits;
        this.mails = mails;
        this.coverage = coverage;
        addClassName("rayonne-page");
        addClassName("rayonne-visit");
        setWidthFull();
        List<Journalist> allJournalists = journalistService.all();
        List<Outlet> allOutlets = outletService.all();
        journalistNames = allJournalists.stream().collect(Collectors.toMap(Journalist::id, Journalist::name));
        outletNames = allOutlets.stream().collect(Collectors.toMap(Outlet::id, Outlet::name));

        subject.setLabel(getTranslation("press.visit.subject"));
        subject.setHelperText(getTranslation("press.visit.subject.help"));
        subject.setRequiredIndicatorVisible(true);
        subject.setMaxLength(PressVisit.SUBJECT_MAX);
        subject.setManualValidation(true);
        origin.setLabel(getTranslation("press.visit.origin"));
        origin.setItems(VisitOrigin.values());
        origin.setItemLabelGenerator(o -> getTranslation(o.key()));
        origin.setValue(VisitOrigin.PROPOSED);
        status.setLabel(getTranslation("press.visit.status"));
        status.setItems(VisitStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.key()));
        status.setValue(VisitStatus.IDEA);
        journalists.setLabel(getTranslation("press.visit.journalists"));
        journalists.setItems(allJournalists.stream().map(Journalist::id).toList());
        journalists.setItemLabelGenerator(id -> journalistNames.getOrDefault(id, id));
        journalists.addValueChangeListener(e -> showSaturation());
        outlets.setLabel(getTranslation("press.visit.outlets"));
        outlets.setItems(allOutlets.stream().map(Outlet::id).toList());
        outlets.setItemLabelGenerator(id -> outletNames.getOrDefault(id, id));
        start = Dates.picker(getTranslation("press.visit.start"), getLocale());
        end = Dates.picker(getTranslation("press.visit.end"), getLocale());
        end.setHelperText(getTranslation("press.visit.end.help"));
        start.addValueChangeListener(e -> {
            if (e.getValue() != null
                    && (end.getValue() == null || end.getValue().isBefore(e.getValue()))) {
                end.setMin(e.getValue());
            }
            showProgramme();
        });
        end.addValueChangeListener(e -> showProgramme());
        angle.setLabel(getTranslation("press.visit.angle"));
        angle.setMaxLength(PressVisit.TEXT_MAX);
        notes.setLabel(getTranslation("press.visit.notes"));
        notes.setMaxLength(PressVisit.TEXT_MAX);
        budget.setLabel(getTranslation("press.visit.budget"));
        actualCost.setLabel(getTranslation("press.visit.actual-cost"));
        actualCost.setHelperText(getTranslation("press.visit.actual-cost.help"));
        for (var f : List.of(budget, actualCost)) {
            f.setManualValidation(true);
            f.setSuffixComponent(new Span("€"));
        }

        statusBadge.addClassName("rayonne-visit-status");
        var header = new HorizontalLayout(title, statusBadge);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName("rayonne-visit-header");
        saturation.addClassName("rayonne-saturation");
        saturation.setId("saturation");
        saturation.setVisible(false);

        var form = new FormLayout(subject, origin, journalists, outlets, start, end, status, angle, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        form.setColspan(subject, 2);
        form.setColspan(angle, 2);
        form.setColspan(notes, 2);

        coOrganiserList.addClassName("rayonne-visit-list");
        coOrganiserList.setId("co-organisers");
        var addCoOrganiser = new Button(
                getTranslation("press.visit.co-organiser.add"), VaadinIcon.PLUS.create(), e -> coOrganiserDialog(null));
        addCoOrganiser.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        programmeList.addClassName("rayonne-programme");
        programmeList.setId("programme");
        var addItem =
                new Button(getTranslation("press.visit.item.add"), VaadinIcon.PLUS.create(), e -> itemDialog(null));
        addItem.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addItem.setId("add-item");

        var costs = new FormLayout(budget, actualCost);
        costs.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        programmeCost.addClassName("rayonne-help");
        programmeCost.setId("programme-cost");

        sendSection.setPadding(false);
        sendSection.setId("send-section");
        coverageSection.setPadding(false);
        coverageSection.setId("visit-coverage");

        add(
                header,
                saturation,
                new EditorSection(getTranslation("press.visit.section.visit"), form),
                new EditorSection(getTranslation("press.visit.section.co-organisers"), coOrganiserList, addCoOrganiser),
                new EditorSection(getTranslation("press.visit.section.programme"), programmeList, addItem),
                new EditorSection(getTranslation("press.visit.section.costs"), costs, programmeCost),
                actions,
                sendSection,
                coverageSection);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("visitId").orElse(NEW);
        visit = NEW.equals(id) ? null : visits.get(id);
        writer = visit == null ? visits.canCreate() : visits.canEdit(visit);
        if (visit != null) {
            show(visit);
        } else {
            title.setText(getTranslation("press.visit.new"));
            statusBadge.setVisible(false);
            showCoOrganisers();
            showProgramme();
        }
        for (var f : List.of(subject, budget, actualCost)) {
            f.setReadOnly(!writer);
        }
        for (var f : List.of(angle, notes)) {
            f.setReadOnly(!writer);
        }
        journalists.setReadOnly(!writer);
        outlets.setReadOnly(!writer);
        origin.setReadOnly(!writer);
        status.setReadOnly(!writer);
        start.setReadOnly(!writer);
        end.setReadOnly(!writer);
        actions.setWriter(writer);
    }

    @Override
    public String getPageTitle() {
        return visit == null ? getTranslation("press.visit.new") : visit.subject();
    }

    private void show(PressVisit v) {
        title.setText(v.subject());
        statusBadge.setText(getTranslation(v.status().key()));
        statusBadge.getElement().setAttribute("theme", VisitTexts.theme(v.status()));
        statusBadge.setVisible(true);
        subject.setValue(v.subject());
        origin.setValue(v.origin());
        status.setValue(v.status());
        journalists.setValue(new HashSet<>(v.journalistIds()));
        outlets.setValue(new HashSet<>(v.outletIds()));
        start.setValue(v.start());
        end.setValue(v.end());
        angle.setValue(v.angle());
        notes.setValue(v.notes());
        budget.setValue(Amounts.toField(v.budgetCents(), getLocale()));
        actualCost.setValue(Amounts.toField(v.actualCostCents(), getLocale()));
        coOrganisers = new ArrayList<>(v.coOrganisers());
        programme = new ArrayList<>(v.programme());
        itemsInError = Set.of();
        showCoOrganisers();
        showProgramme();
        showSends(v);
        showCoverage(v);
    }

    /** What is on screen, as a draft; a sum that cannot be read is marked and stops here. */
    private PressVisit.Draft typed() {
        return new PressVisit.Draft(
                subject.getValue(),
                angle.getValue(),
                origin.getValue() == null ? VisitOrigin.PROPOSED : origin.getValue(),
                status.getValue() == null ? VisitStatus.IDEA : status.getValue(),
                List.copyOf(journalists.getValue()),
                List.copyOf(outlets.getValue()),
                start.getValue(),
                end.getValue(),
                coOrganisers,
                programme,
                PressFields.cents(budget),
                PressFields.cents(actualCost),
                notes.getValue());
    }

    private void save() {
        subject.setInvalid(false);
        PressVisit.Draft draft;
        try {
            draft = typed();
        } catch (PressFields.UnreadableField e) {
            Notifications.error(e.getMessage());
            return;
        }
        PressVisit read = visit;
        try {
            PressVisit saved = read == null
                    ? visits.create(newId.get(() -> visits.newId(draft)), draft)
                    : visits.update(read.id(), read.revision(), draft);
            newId.answered();
            visit = saved;
            Notifications.success(getTranslation("press.visit.saved"));
            if (read == null) {
                getUI().ifPresent(ui -> ui.navigate("presse/accueils/" + saved.id()));
            } else {
                show(saved);
            }
        } catch (InvalidVisitException e) {
            problems(e.problems());
        } catch (StaleEditException e) {
            conflict((PressVisit) e.current());
        } catch (DataAccessException e) {
            Notifications.storeError(e, getTranslation("press.error.storage"));
        }
    }

    private void problems(List<PressVisit.Problem> problems) {
        subject.setInvalid(problems.stream().anyMatch(p -> p.key().startsWith("press.error.subject")));
        subject.setErrorMessage(getTranslation("press.error.subject-required"));
        itemsInError = problems.stream()
                .map(PressVisit.Problem::itemId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        showProgramme();
        Notifications.error(problems.stream()
                .map(p -> getTranslation(p.key(), itemTitle(p.itemId())))
                .distinct()
                .collect(Collectors.joining(" ")));
    }

    private String itemTitle(@Nullable String itemId) {
        return programme.stream()
                .filter(i -> i.id().equals(itemId))
                .map(ProgrammeItem::title)
                .findFirst()
                .orElse("");
    }

    /** Someone saved the visit meanwhile: say who and when; what was typed stays on screen. */
    private void conflict(PressVisit theirs) {
        new StaleEditDialog(
                        theirs.updatedBy(),
                        theirs.updatedAt(),
                        () -> {
                            visit = theirs;
                            save();
                        },
                        () -> {
                            visit = theirs;
                            show(theirs);
                        })
                .open();
    }

    private void showSaturation() {
        saturation.removeAll();
        List<Saturation> found = visits.saturation(journalists.getValue(), visit == null ? null : visit.id());
        saturation.setVisible(!found.isEmpty());
        if (found.isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        for (Saturation s : found) {
            list.add(new ListItem(getTranslation(
                    "press.visit.saturation.item",
                    s.journalistName(),
                    s.visitSubject(),
                    s.officeName(),
                    VisitTexts.dates(s.start(), s.end(), getLocale(), getTranslation("press.visit.dates.none")),
                    getTranslation(s.status().key()))));
        }
        var icon = VaadinIcon.WARNING.create();
        saturation.add(icon, new Div(new H4(getTranslation("press.visit.saturation.title")), list));
    }

    private void showCoOrganisers() {
        coOrganiserList.removeAll();
        if (coOrganisers.isEmpty()) {
            var empty = new Paragraph(getTranslation("press.visit.co-organisers.empty"));
            empty.addClassName("rayonne-help");
            coOrganiserList.add(empty);
            return;
        }
        for (CoOrganiser c : List.copyOf(coOrganisers)) {
            var line = new Div();
            line.addClassName("rayonne-visit-line");
            var name = new Span(c.name());
            name.addClassName("rayonne-visit-line-title");
            var what = new Span(getTranslation(c.kind().key())
                    + (c.inCopy() ? " · " + getTranslation("press.visit.co-organiser.in-copy") : ""));
            what.addClassName("rayonne-help");
            var who = new Span(String.join(
                    " · ",
                    java.util.stream.Stream.of(c.contact(), c.email())
                            .filter(s -> !s.isEmpty())
                            .toList()));
            who.addClassName("rayonne-help");
            var text = new Div(name, what, who);
            text.addClassName("rayonne-visit-line-text");
            line.add(text);
            if (writer) {
                var edit = new Button(VaadinIcon.EDIT.create(), e -> coOrganiserDialog(c));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setAriaLabel(getTranslation("common.edit") + " " + c.name());
                var remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    coOrganisers.remove(c);
                    showCoOrganisers();
                    save();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("press.visit.item.remove") + " " + c.name());
                line.add(new Div(edit, remove));
            }
            coOrganiserList.add(line);
        }
    }

    private void coOrganiserDialog(@Nullable CoOrganiser existing) {
        var dialog = new Dialog(getTranslation("press.visit.co-organiser.add"));
        dialog.setWidth("min(520px, 100vw)");
        var kind = new Select<CoOrganiser.Kind>();
        kind.setLabel(getTranslation("press.visit.co-organiser.kind"));
        kind.setItems(CoOrganiser.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.key()));
        kind.setValue(existing == null ? CoOrganiser.Kind.CDT : existing.kind());
        var name = new TextField(getTranslation("press.visit.co-organiser.name"));
        var contact = new TextField(getTranslation("press.visit.co-organiser.contact"));
        var email = new TextField(getTranslation("press.visit.co-organiser.email"));
        if (existing != null) {
            name.setValue(existing.name());
            contact.setValue(existing.contact());
            email.setValue(existing.email());
        }
        var form = new FormLayout(kind, name, contact, email);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        var ok = new Button(getTranslation("common.save"), e -> {
            var added = new CoOrganiser(kind.getValue(), name.getValue(), contact.getValue(), email.getValue());
            name.setInvalid(added.name().isEmpty());
            name.setErrorMessage(getTranslation("press.error.co-organiser-name-required"));
            email.setInvalid(!io.rayonne.base.ContactDetails.validEmail(added.email()));
            email.setErrorMessage(getTranslation("press.error.co-organiser-email-invalid"));
            if (name.isInvalid() || email.isInvalid()) {
                return;
            }
            int at = existing == null ? -1 : coOrganisers.indexOf(existing);
            if (at >= 0) {
                coOrganisers.set(at, added);
            } else {
                coOrganisers.add(added);
            }
            dialog.close();
            showCoOrganisers();
            save();
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
        name.focus();
    }

    private void showProgramme() {
        programmeList.removeAll();
        List<LocalDate> days = new ArrayList<>();
        if (start.getValue() != null) {
            LocalDate last = end.getValue() == null || end.getValue().isBefore(start.getValue())
                    ? start.getValue()
                    : end.getValue();
            if (!last.isAfter(start.getValue().plusDays(PressVisit.DAYS_MAX))) {
                days.addAll(start.getValue().datesUntil(last.plusDays(1)).toList());
            }
        }
        if (days.isEmpty() && programme.isEmpty()) {
            programmeList.add(help("press.visit.programme.no-dates"));
        } else if (programme.isEmpty()) {
            programmeList.add(help("press.visit.programme.empty"));
        }
        for (LocalDate day : days) {
            List<ProgrammeItem> items =
                    programme.stream().filter(i -> i.date().equals(day)).toList();
            var heading = new H4(capitalised(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                    .withLocale(getLocale())
                    .format(day)));
            var dayBox = new Div(heading);
            dayBox.addClassName("rayonne-programme-day");
            items.forEach(i -> dayBox.add(itemLine(i, false)));
            programmeList.add(dayBox);
        }
        List<ProgrammeItem> outside =
                programme.stream().filter(i -> !days.contains(i.date())).toList();
        if (!outside.isEmpty()) {
            var dayBox = new Div(new H4(getTranslation("press.visit.item.outside")));
            dayBox.addClassNames("rayonne-programme-day", "rayonne-programme-outside");
            outside.forEach(i -> dayBox.add(itemLine(i, true)));
            programmeList.add(dayBox);
        }
        long cost = programme.stream().mapToLong(ProgrammeItem::paidCents).sum();
        programmeCost.setText(getTranslation("press.visit.programme-cost", Amounts.format(cost, getLocale())));
    }

    private Component itemLine(ProgrammeItem i, boolean outside) {
        var line = new Div();
        line.addClassName("rayonne-visit-line");
        line.addClassName("rayonne-programme-item");
        if (outside || itemsInError.contains(i.id())) {
            line.addClassName("rayonne-programme-item-problem");
        }
        var time = new Span(i.time() == null ? "" : i.time().toString());
        time.addClassName("rayonne-programme-time");
        var heading = new Span(getTranslation(i.kind().key()) + " · " + i.title());
        heading.addClassName("rayonne-visit-line-title");
        var where = new Span(String.join(
                ", ",
                java.util.stream.Stream.of(i.partner(), i.address())
                        .filter(s -> !s.isEmpty())
                        .toList()));
        where.addClassName("rayonne-help");
        var cost = new Span(
                i.offered()
                        ? getTranslation("press.visit.item.offered-label")
                        : i.costCents() == null ? "" : Amounts.format(i.costCents(), getLocale()));
        cost.addClassName(i.offered() ? "rayonne-programme-offered" : "rayonne-programme-cost");
        var text = new Div(heading, where);
        text.addClassName("rayonne-visit-line-text");
        line.add(time, text, cost);
        if (writer) {
            var edit = new Button(VaadinIcon.EDIT.create(), e -> itemDialog(i));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setAriaLabel(getTranslation("press.visit.item.edit") + " " + i.title());
            var remove = new Button(VaadinIcon.TRASH.create(), e -> {
                programme.remove(i);
                showProgramme();
                save();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("press.visit.item.remove") + " " + i.title());
            line.add(new Div(edit, remove));
        }
        return line;
    }

    private void itemDialog(@Nullable ProgrammeItem existing) {
        var dialog = new Dialog(getTranslation(existing == null ? "press.visit.item.add" : "press.visit.item.edit"));
        dialog.setWidth("min(640px, 100vw)");
        DatePicker date = Dates.picker(getTranslation("press.visit.item.date"), getLocale());
        date.setMin(start.getValue());
        date.setMax(end.getValue() == null ? start.getValue() : end.getValue());
        var time = new TimePicker(getTranslation("press.visit.item.time"));
        time.setLocale(getLocale());
        time.setStep(Duration.ofMinutes(15));
        var kind = new Select<ProgrammeItem.Kind>();
        kind.setLabel(getTranslation("press.visit.item.kind"));
        kind.setItems(ProgrammeItem.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.key()));
        var itemTitle = new TextField(getTranslation("press.visit.item.title"));
        itemTitle.setRequiredIndicatorVisible(true);
        var partner = new TextField(getTranslation("press.visit.item.partner"));
        var address = new TextField(getTranslation("press.visit.item.address"));
        var email = new TextField(getTranslation("press.visit.item.email"));
        var offered = new Checkbox(getTranslation("press.visit.item.offered"));
        var cost = new TextField(getTranslation("press.visit.item.cost"));
        cost.setSuffixComponent(new Span("€"));
        offered.addValueChangeListener(e -> cost.setEnabled(!e.getValue()));
        if (existing != null) {
            date.setValue(existing.date());
            time.setValue(existing.time());
            kind.setValue(existing.kind());
            itemTitle.setValue(existing.title());
            partner.setValue(existing.partner());
            address.setValue(existing.address());
            email.setValue(existing.email());
            offered.setValue(existing.offered());
            cost.setValue(Amounts.toField(existing.costCents(), getLocale()));
        } else {
            date.setValue(
                    programme.isEmpty()
                            ? start.getValue()
                            : programme.get(programme.size() - 1).date());
            kind.setValue(ProgrammeItem.Kind.VISIT);
        }
        var form = new FormLayout(date, time, kind, itemTitle, partner, address, email, offered, cost);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        form.setColspan(itemTitle, 2);
        form.setColspan(address, 2);
        dialog.add(form);
        var ok = new Button(getTranslation("common.save"), e -> {
            itemTitle.setInvalid(itemTitle.getValue().isBlank());
            itemTitle.setErrorMessage(getTranslation("press.error.item-title-required"));
            email.setInvalid(!io.rayonne.base.ContactDetails.validEmail(email.getValue()));
            email.setErrorMessage(getTranslation("press.error.item-email-invalid"));
            date.setInvalid(date.getValue() == null);
            Long cents;
            try {
                cents = offered.getValue() ? null : PressFields.cents(cost);
            } catch (PressFields.UnreadableField ex) {
                return;
            }
            if (itemTitle.isInvalid() || email.isInvalid() || date.getValue() == null) {
                return;
            }
            var item = new ProgrammeItem(
                    existing == null ? PressVisits.newItemId() : existing.id(),
                    date.getValue(),
                    time.getValue(),
                    kind.getValue(),
                    itemTitle.getValue(),
                    partner.getValue(),
                    address.getValue(),
                    email.getValue(),
                    offered.getValue(),
                    cents);
            int at = existing == null ? -1 : programme.indexOf(existing);
            if (at >= 0) {
                programme.set(at, item);
            } else {
                programme.add(item);
            }
            programme.sort(java.util.Comparator.comparing(ProgrammeItem::date)
                    .thenComparing(
                            ProgrammeItem::time, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
            dialog.close();
            showProgramme();
            save();
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
        itemTitle.focus();
    }

    private void showSends(PressVisit v) {
        sendSection.removeAll();
        sendSection.add(new H3(getTranslation("press.visit.section.send")));
        if (writer) {
            var send = new Button(
                    getTranslation("press.visit.send.button"), VaadinIcon.ENVELOPE_O.create(), e -> openSend());
            send.setId("send-programme");
            sendSection.add(send);
        }
        if (v.sends().isEmpty()) {
            sendSection.add(help("press.visit.sends.empty"));
            return;
        }
        var list = new UnorderedList();
        list.addClassName("rayonne-sends");
        List<ProgrammeSend> latestFirst = new ArrayList<>(v.sends());
        java.util.Collections.reverse(latestFirst);
        for (ProgrammeSend s : latestFirst) {
            String text = getTranslation(
                            "press.visit.sends.item", Dates.dateTime(s.at(), getLocale()), String.join(", ", s.to()))
                    + (s.cc().isEmpty()
                            ? ""
                            : " (" + getTranslation("press.visit.sends.cc", String.join(", ", s.cc())) + ")")
                    + " · " + getTranslation("press.visit.outcome." + s.outcome())
                    + (s.reason() == null ? "" : " : " + s.reason());
            list.add(new ListItem(text));
        }
        sendSection.add(list);
    }

    private void openSend() {
        PressVisit v = visit;
        if (v == null) {
            return;
        }
        try {
            if (!typed().equals(v.draft())) {
                Notifications.error(getTranslation("press.visit.send.save-first"));
                return;
            }
        } catch (PressFields.UnreadableField e) {
            Notifications.error(e.getMessage());
            return;
        }
        List<ProgrammeMails.Recipient> recipients = mails.recipients(v);
        var dialog = new Dialog(getTranslation("press.visit.send.title"));
        dialog.setWidth("min(900px, 96vw)");
        dialog.addClassName("rayonne-send-dialog");
        if (recipients.isEmpty()) {
            dialog.add(help("press.visit.send.none"));
            dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
            dialog.open();
            return;
        }
        var to = new CheckboxGroup<ProgrammeMails.Recipient>(getTranslation("press.visit.send.to"));
        var cc = new CheckboxGroup<ProgrammeMails.Recipient>(getTranslation("press.visit.send.cc"));
        for (var group : List.of(to, cc)) {
            group.setItemLabelGenerator(r -> r.name() + " <" + r.email() + "> · " + r.what());
            group.addThemeName("vertical");
        }
        to.setId("send-to");
        cc.setId("send-cc");
        to.setItems(recipients.stream().filter(r -> !r.inCopy()).toList());
        to.setValue(new HashSet<>(recipients.stream().filter(r -> !r.inCopy()).toList()));
        cc.setItems(recipients.stream().filter(ProgrammeMails.Recipient::inCopy).toList());
        cc.setValue(new HashSet<>(
                recipients.stream().filter(ProgrammeMails.Recipient::inCopy).toList()));
        cc.setVisible(recipients.stream().anyMatch(ProgrammeMails.Recipient::inCopy));
        var preview = new IFrame();
        preview.setSrcdoc(mails.render(v).html());
        preview.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
        preview.setTitle(getTranslation("press.visit.send.preview"));
        preview.setWidthFull();
        preview.setHeight("24rem");
        preview.addClassName("rayonne-send-preview");
        dialog.add(to, cc, new H4(getTranslation("press.visit.send.preview")), preview);
        var go = new Button(getTranslation("press.visit.send.go"), VaadinIcon.PAPERPLANE.create());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setDisableOnClick(true);
        go.addClickListener(e -> {
            try {
                ProgrammeSend sent = mails.send(
                        v.id(),
                        v.revision(),
                        to.getValue().stream()
                                .map(ProgrammeMails.Recipient::email)
                                .toList(),
                        cc.getValue().stream()
                                .map(ProgrammeMails.Recipient::email)
                                .toList());
                dialog.close();
                switch (sent.outcome()) {
                    case "ACCEPTED" ->
                        Notifications.success(getTranslation(
                                "press.visit.send.done",
                                sent.to().size() + sent.cc().size()));
                    case "RECORDED" -> Notifications.success(getTranslation("press.visit.send.recorded"));
                    case "REFUSED", "DEFERRED", "SENDER_REFUSED" ->
                        Notifications.error(getTranslation("press.visit.send.refused", sent.reason()));
                    default -> Notifications.error(getTranslation("press.visit.send.unknown", sent.reason()));
                }
                visit = visits.get(v.id());
                show(visit);
            } catch (InvalidVisitException ex) {
                go.setEnabled(true);
                Notifications.error(
                        ex.problems().stream().map(p -> getTranslation(p.key())).collect(Collectors.joining(" ")));
            } catch (StaleEditException ex) {
                dialog.close();
                conflict((PressVisit) ex.current());
            } catch (DataAccessException ex) {
                go.setEnabled(true);
                Notifications.storeError(ex, getTranslation("press.error.storage"));
            }
        });
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), go);
        dialog.open();
    }

    private void showCoverage(PressVisit v) {
        coverageSection.removeAll();
        coverageSection.add(new H3(getTranslation("press.visit.section.coverage")));
        Coverage.OfVisit of = coverage.ofVisit(v);
        var summary = new Paragraph(
                of.costPerItemCents() == null
                        ? getTranslation("press.visit.cost-per-article.none")
                        : getTranslation(
                                "press.visit.cost-per-article", Amounts.format(of.costPerItemCents(), getLocale())));
        summary.setId("cost-per-article");
        summary.addClassName("rayonne-cost-per-article");
        if (of.costPerItemCents() != null) {
            var detail = new Span(" "
                    + getTranslation(
                            "press.visit.cost-summary",
                            Amounts.format(of.costCents(), getLocale()),
                            of.items().size()));
            detail.addClassName("rayonne-help");
            summary.add(detail);
        }
        coverageSection.add(summary);
        if (of.items().isEmpty()) {
            coverageSection.add(help("press.visit.coverage.empty"));
        } else {
            var list = new UnorderedList();
            list.addClassName("rayonne-visit-coverage");
            for (CoverageItem c : of.items()) {
                var link = new Anchor("presse/retombees/" + c.id(), c.title());
                var meta = new Span(
                        " · " + outletNames.getOrDefault(c.outletId(), "") + " · " + Dates.date(c.date(), getLocale())
                                + " · " + getTranslation(c.medium().key())
                                + (c.aveCents() == null
                                        ? ""
                                        : " · "
                                                + getTranslation(
                                                        "press.coverage.ave-label",
                                                        Amounts.format(c.aveCents(), getLocale()))));
                meta.addClassName("rayonne-help");
                list.add(new ListItem(link, meta));
            }
            coverageSection.add(list);
        }
        if (writer) {
            var add = new Button(
                    getTranslation("press.visit.coverage.add"), VaadinIcon.PLUS.create(), e -> getUI().ifPresent(ui ->
                            ui.navigate(
                                    "presse/retombees/" + CoverageEditorView.NEW,
                                    com.vaadin.flow.router.QueryParameters.of(CoverageEditorView.VISIT, v.id()))));
            add.setId("add-coverage");
            coverageSection.add(add);
        }
    }

    private Paragraph help(String key) {
        var p = new Paragraph(getTranslation(key));
        p.addClassName("rayonne-help");
        return p;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
