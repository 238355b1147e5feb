package io.rayonne.partners.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.rayonne.accounts.Office;
import io.rayonne.base.Languages;
import io.rayonne.partners.LegalBasis;
import io.rayonne.partners.Membership;
import io.rayonne.partners.Sector;
import io.rayonne.partners.SegmentCriteria;
import io.rayonne.partners.SubscriptionState;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The criteria of a segment, as filters above the directory: the usual ones in view, those about
 * the contacts themselves under "more criteria". Every change is reported at once.
 */
class CriteriaForm extends VerticalLayout {

    private final TextField text = new TextField();
    private final MultiSelectComboBox<String> offices;
    private final MultiSelectComboBox<Sector> sectors;
    private final MultiSelectComboBox<String> territories;
    private final MultiSelectComboBox<String> cities;
    private final MultiSelectComboBox<Membership> memberships;
    private final IntegerField memberSince = new IntegerField();
    private final Select<SegmentCriteria.Apidae> apidae = new Select<>();
    private final MultiSelectComboBox<String> roles;
    private final MultiSelectComboBox<String> languages;
    private final MultiSelectComboBox<SubscriptionState> states;
    private final MultiSelectComboBox<LegalBasis> bases;
    private final Details more;
    private boolean quiet;

    CriteriaForm(
            List<Office> readable,
            List<String> territoryChoices,
            List<String> cityChoices,
            List<String> roleChoices,
            Runnable changed) {
        setPadding(false);
        setSpacing(false);
        addClassName("rayonne-criteria");
        Map<String, String> officeNames = readable.stream().collect(Collectors.toMap(Office::id, Office::name));
        text.setLabel(getTranslation("partners.criteria.text"));
        text.setPlaceholder(getTranslation("partners.criteria.text.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addClassName("rayonne-criteria-text");
        offices = choice(
                "partners.criteria.offices",
                readable.stream().map(Office::id).toList(),
                id -> officeNames.getOrDefault(id, id));
        offices.setVisible(readable.size() > 1);
        sectors = choice("partners.criteria.sectors", Arrays.asList(Sector.values()), s -> getTranslation(s.key()));
        territories = choice("partners.criteria.territories", territoryChoices, t -> t);
        cities = choice("partners.criteria.cities", cityChoices, c -> c);
        memberships = choice(
                "partners.criteria.memberships", Arrays.asList(Membership.values()), m -> getTranslation(m.key()));
        memberSince.setLabel(getTranslation("partners.criteria.member-since"));
        memberSince.setClearButtonVisible(true);
        memberSince.setMin(1950);
        memberSince.setMax(2100);
        memberSince.setValueChangeMode(ValueChangeMode.LAZY);
        memberSince.addClassName("rayonne-criteria-year");
        apidae.setLabel(getTranslation("partners.criteria.apidae"));
        apidae.setItems(SegmentCriteria.Apidae.values());
        apidae.setItemLabelGenerator(a -> getTranslation(a.key()));
        apidae.setValue(SegmentCriteria.Apidae.ANY);
        roles = choice("partners.criteria.roles", roleChoices, r -> r);
        languages = choice("partners.criteria.languages", Languages.OFFERED, code -> Languages.name(code, getLocale()));
        states = choice(
                "partners.criteria.states", Arrays.asList(SubscriptionState.values()), s -> getTranslation(s.key()));
        bases = choice("partners.criteria.bases", Arrays.asList(LegalBasis.values()), b -> getTranslation(b.key()));

        var main = new FlexLayout(offices, sectors, territories, cities, memberships);
        main.addClassName("rayonne-criteria-row");
        var contacts = new FlexLayout(memberSince, apidae, roles, languages, states, bases);
        contacts.addClassName("rayonne-criteria-row");
        more = new Details(getTranslation("partners.criteria.more"), contacts);
        more.addClassName("rayonne-criteria-more");
        add(text, main, more);
        text.addValueChangeListener(e -> report(changed));
        memberSince.addValueChangeListener(e -> report(changed));
        apidae.addValueChangeListener(e -> report(changed));
        List.of(offices, territories, cities, roles, languages)
                .forEach(box -> box.addValueChangeListener(e -> report(changed)));
        sectors.addValueChangeListener(e -> report(changed));
        memberships.addValueChangeListener(e -> report(changed));
        states.addValueChangeListener(e -> report(changed));
        bases.addValueChangeListener(e -> report(changed));
    }

    private void report(Runnable changed) {
        if (!quiet) {
            changed.run();
        }
    }

    private <T> MultiSelectComboBox<T> choice(
            String label, List<T> items, com.vaadin.flow.component.ItemLabelGenerator<T> names) {
        var box = new MultiSelectComboBox<T>(getTranslation(label));
        box.setItems(items);
        box.setItemLabelGenerator(names);
        box.setPlaceholder(getTranslation("partners.criteria.all"));
        box.setClearButtonVisible(true);
        box.addClassName("rayonne-criteria-choice");
        return box;
    }

    SegmentCriteria value() {
        return new SegmentCriteria(
                text.getValue(),
                offices.getValue(),
                sectors.getValue(),
                territories.getValue(),
                cities.getValue(),
                memberships.getValue(),
                memberSince.getValue(),
                Objects.requireNonNullElse(apidae.getValue(), SegmentCriteria.Apidae.ANY),
                roles.getValue(),
                languages.getValue(),
                states.getValue(),
                bases.getValue());
    }

    /** Shows these criteria (a segment opened) without reporting each field as a change. */
    void setValue(SegmentCriteria c) {
        quiet = true;
        try {
            text.setValue(c.text());
            offices.setValue(c.officeIds());
            sectors.setValue(c.sectors());
            territories.setValue(c.territories());
            cities.setValue(c.cities());
            memberships.setValue(c.memberships());
            memberSince.setValue(c.memberSince());
            apidae.setValue(c.apidae());
            roles.setValue(c.roles());
            languages.setValue(c.languages());
            states.setValue(c.states());
            bases.setValue(c.bases());
            more.setOpened(c.memberSince() != null || c.apidae() != SegmentCriteria.Apidae.ANY || c.concernsContacts());
        } finally {
            quiet = false;
        }
    }
}
