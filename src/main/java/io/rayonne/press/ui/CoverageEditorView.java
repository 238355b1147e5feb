package io.rayonne.press.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Role;
import io.rayonne.base.Amounts;
import io.rayonne.base.Languages;
import io.rayonne.base.StaleEditException;
import io.rayonne.base.ui.Dates;
import io.rayonne.base.ui.Notifications;
import io.rayonne.base.ui.PendingId;
import io.rayonne.press.Coverage;
import io.rayonne.press.CoverageItem;
import io.rayonne.press.InvalidPressInputException;
import io.rayonne.press.Journalist;
import io.rayonne.press.Journalists;
import io.rayonne.press.Medium;
import io.rayonne.press.Outlet;
import io.rayonne.press.Outlets;
import io.rayonne.press.PressVisit;
import io.rayonne.press.PressVisits;
import io.rayonne.press.Tone;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;

/**
 * A piece of coverage. Opened from a visit ({@code ?accueil=<id>}), it is tied to that visit and
 * saving leads back there, where its cost per article shows.
 */
@Route("presse/retombees/:coverageId")
@RolesAllowed({"PRESS", "ADMIN", "COMMUNICATION"})
class CoverageEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "nouvelle";
    static final String VISIT = "accueil";

    private final Coverage coverage;
    private final boolean writer;
    private final Map<String, Outlet> outlets;
    private final Map<String, Journalist> journalists;

    private final ComboBox<String> visit = new ComboBox<>();
    private final ComboBox<String> outlet = new ComboBox<>();
    private final ComboBox<String> journalist = new ComboBox<>();
    private final DatePicker date;
    private final TextField title = new TextField();
    private final ComboBox<String> language = new ComboBox<>();
    private final ComboBox<String> market = new ComboBox<>();
    private final Select<Medium> medium = new Select<>();
    private final TextField pages = new TextField();
    private final IntegerField minutes = new IntegerField();
    private final TextField link = new TextField();
    private final TextField reach = new TextField();
    private final RadioButtonGroup<Tone> tone = new RadioButtonGroup<>();
    private final TextField ave = new TextField();
    private final TextArea notes = new TextArea();
    private @Nullable CoverageItem item;
    /** The new item's id, from the first try of its save until one is answered (decision 13). */
    private final PendingId newId = new PendingId();

    CoverageEditorView(
            Coverage coverage,
            PressVisits visits,
            Outlets outletService,
            Journalists journalistService,
            CurrentUser currentUser) {
        this.coverage = coverage;
        this.writer =
                currentUser.require().has(Role.PRESS) || currentUser.require().has(Role.ADMIN);
        addClassName("rayonne-page");
        outlets = outletService.all().stream().collect(Collectors.toMap(Outlet::id, o -> o));
        journalists = journalistService.all().stream().collect(Collectors.toMap(Journalist::id, j -> j));
        Map<String, String> visitNames =
                visits.mine().stream().collect(Collectors.toMap(PressVisit::id, PressVisit::subject));

        visit.setLabel(getTranslation("press.coverage.visit"));
        visit.setItems(visitNames.keySet().stream().sorted().toList());
        visit.setItemLabelGenerator(id -> visitNames.getOrDefault(id, id));
        visit.setClearButtonVisible(true);
        outlet.setLabel(getTranslation("press.coverage.outlet"));
        outlet.setRequiredIndicatorVisible(true);
        outlet.setItems(outlets.values().stream()
                .sorted(java.util.Comparator.comparing(Outlet::name))
                .map(Outlet::id)
                .toList());
        outlet.setItemLabelGenerator(
                id -> outlets.containsKey(id) ? outlets.get(id).name() : id);
        outlet.addValueChangeListener(e -> {
            Outlet o = e.getValue() == null ? null : outlets.get(e.getValue());
            if (e.isFromClient() && o != null) {
                if (language.isEmpty() && !o.language().isEmpty()) {
                    language.setValue(o.language());
                }
                if (market.isEmpty() && !o.country().isEmpty()) {
                    market.setValue(o.country());
                }
            }
        });
        journalist.setLabel(getTranslation("press.coverage.journalist"));
        journalist.setItems(journalists.values().stream()
                .sorted(java.util.Comparator.comparing(Journalist::name))
                .map(Journalist::id)
                .toList());
        journalist.setItemLabelGenerator(
                id -> journalists.containsKey(id) ? journalists.get(id).name() : id);
        journalist.setClearButtonVisible(true);
        journalist.addValueChangeListener(e -> {
            Journalist j = e.getValue() == null ? null : journalists.get(e.getValue());
            if (e.isFromClient()
                    && j != null
                    && outlet.isEmpty()
                    && j.outletIds().size() == 1) {
                outlet.setValue(j.outletIds().get(0));
            }
        });
        date = Dates.picker(getTranslation("press.coverage.date"), getLocale());
        date.setRequiredIndicatorVisible(true);
        title.setLabel(getTranslation("press.coverage.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(CoverageItem.TITLE_MAX);
        language.setLabel(getTranslation("press.coverage.language"));
        language.setItems(Languages.OFFERED);
        language.setItemLabelGenerator(code -> Languages.name(code, getLocale()));
        market.setLabel(getTranslation("press.coverage.market"));
        market.setItems(PressFields.countries(getLocale()));
        market.setItemLabelGenerator(code -> PressFields.countryName(code, getLocale()));
        medium.setLabel(getTranslation("press.coverage.medium"));
        medium.setItems(Medium.values());
        medium.setItemLabelGenerator(m -> getTranslation(m.key()));
        medium.setValue(Medium.PRINT);
        medium.addValueChangeListener(e -> showSize());
        pages.setLabel(getTranslation("press.coverage.pages"));
        pages.setHelperText(getTranslation("press.coverage.pages.help"));
        minutes.setLabel(getTranslation("press.coverage.minutes"));
        minutes.setMin(1);
        link.setLabel(getTranslation("press.coverage.link"));
        link.setPlaceholder("https://");
        reach.setLabel(getTranslation("press.coverage.reach-field"));
        tone.setLabel(getTranslation("press.coverage.tone"));
        tone.setItems(Tone.values());
        tone.setItemLabelGenerator(t -> getTranslation(t.key()));
        tone.setValue(Tone.POSITIVE);
        ave.setLabel(getTranslation("press.coverage.ave"));
        ave.setHelperText(getTranslation("press.coverage.ave.help"));
        ave.setSuffixComponent(new com.vaadin.flow.component.html.Span("€"));
        notes.setLabel(getTranslation("press.coverage.notes"));
        for (var f : List.of(title, link, pages, reach, ave)) {
            f.setManualValidation(true);
        }
        showSize();

        var form = new FormLayout(
                title,
                outlet,
                journalist,
                date,
                visit,
                medium,
                pages,
                minutes,
                language,
                market,
                link,
                reach,
                tone,
                ave,
                notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        form.setColspan(title, 2);
        form.setColspan(notes, 2);
        var save = new Button(getTranslation("common.save"), VaadinIcon.CHECK.create(), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(writer);
        var back = new Button(getTranslation("press.coverage.back-to-visit"), VaadinIcon.ARROW_LEFT.create(), e -> {
            if (visit.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate("presse/accueils/" + visit.getValue()));
            }
        });
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        visit.addValueChangeListener(e -> back.setVisible(e.getValue() != null));
        back.setVisible(false);
        var actions = new HorizontalLayout(back, save);
        actions.setWidthFull();
        actions.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        add(form, actions);
    }

    private void showSize() {
        Medium m = medium.getValue();
        pages.setVisible(m != null && m.inPages());
        minutes.setVisible(m != null && m.inMinutes());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("coverageId").orElse(NEW);
        item = NEW.equals(id) ? null : coverage.get(id);
        if (item != null) {
            show(item);
        } else {
            event.getLocation().getQueryParameters().getSingleParameter(VISIT).ifPresent(visit::setValue);
        }
        for (var f : List.of(title, pages, link, reach, ave)) {
            f.setReadOnly(!writer);
        }
        for (var f : List.of(visit, outlet, journalist, language, market)) {
            f.setReadOnly(!writer);
        }
        date.setReadOnly(!writer);
        medium.setReadOnly(!writer);
        minutes.setReadOnly(!writer);
        tone.setReadOnly(!writer);
        notes.setReadOnly(!writer);
    }

    @Override
    public String getPageTitle() {
        return item == null ? getTranslation("press.coverage.new") : item.title();
    }

    private void show(CoverageItem c) {
        visit.setValue(c.visitId());
        outlet.setValue(c.outletId());
        journalist.setValue(c.journalistId());
        date.setValue(c.date());
        title.setValue(c.title());
        language.setValue(c.language().isEmpty() ? null : c.language());
        market.setValue(c.market().isEmpty() ? null : c.market());
        medium.setValue(c.medium());
        pages.setValue(PressFields.decimal(c.pages(), getLocale()));
        minutes.setValue(c.minutes());
        link.setValue(c.link());
        reach.setValue(c.reach() == null ? "" : String.valueOf(c.reach()));
        tone.setValue(c.tone());
        ave.setValue(Amounts.toField(c.aveCents(), getLocale()));
        notes.setValue(c.notes());
    }

    private void save() {
        CoverageItem.Draft draft;
        try {
            draft = new CoverageItem.Draft(
                    visit.getValue(),
                    outlet.getValue() == null ? "" : outlet.getValue(),
                    journalist.getValue(),
                    date.getValue(),
                    title.getValue(),
                    language.getValue() == null ? "" : language.getValue(),
                    market.getValue() == null ? "" : market.getValue(),
                    medium.getValue() == null ? Medium.PRINT : medium.getValue(),
                    PressFields.decimal(pages),
                    minutes.getValue(),
                    link.getValue(),
                    PressFields.whole(reach),
                    tone.getValue() == null ? Tone.NEUTRAL : tone.getValue(),
                    PressFields.cents(ave),
                    notes.getValue());
        } catch (PressFields.UnreadableField e) {
            Notifications.error(e.getMessage());
            return;
        }
        CoverageItem read = item;
        try {
            CoverageItem saved = read == null
                    ? coverage.create(newId.get(() -> coverage.newId(draft)), draft)
                    : coverage.update(read.id(), read.revision(), draft);
            newId.answered();
            item = saved;
            Notifications.success(getTranslation("press.coverage.saved"));
            getUI().ifPresent(ui -> ui.navigate(
                    saved.visitId() != null ? "presse/accueils/" + saved.visitId() : "presse/retombees/" + saved.id()));
        } catch (InvalidPressInputException e) {
            title.setInvalid(e.problems().stream().anyMatch(p -> p.startsWith("press.error.coverage-title")));
            title.setErrorMessage(getTranslation("press.error.coverage-title-required"));
            link.setInvalid(e.problems().contains("press.error.url-invalid"));
            link.setErrorMessage(getTranslation("press.error.url-invalid"));
            outlet.setInvalid(e.problems().contains("press.error.coverage-outlet-required"));
            outlet.setErrorMessage(getTranslation("press.error.coverage-outlet-required"));
            date.setInvalid(e.problems().contains("press.error.coverage-date-required"));
            Notifications.error(e.problems().stream().map(this::getTranslation).collect(Collectors.joining(" ")));
        } catch (StaleEditException e) {
            item = (CoverageItem) e.current();
            Notifications.error(getTranslation("press.conflict"));
        } catch (DataAccessException e) {
            Notifications.storeError(e, getTranslation("press.error.storage"));
        }
    }
}
