package io.rayonne.observatoire.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.rayonne.base.StaleEditException;
import io.rayonne.base.ui.Notifications;
import io.rayonne.observatoire.KeyFigure;
import io.rayonne.observatoire.KeyFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The administrator's list of figures a network asks its offices for: rename, add, drop, reorder
 * by dropping and adding. A dropped figure's months stay stored.
 */
class FigureListEditor extends Details {

    /** One row being edited; {@code code} is null for a figure added now. */
    private record Row(String code, TextField label, Select<KeyFigure.Kind> kind) {}

    private final KeyFigures keyFigures;
    private final Supplier<String> network;
    private final Runnable saved;
    private final Div rows = new Div();
    private final List<Row> editing = new ArrayList<>();
    private KeyFigures.FigureList list;

    FigureListEditor(KeyFigures keyFigures, Supplier<String> network, Runnable saved) {
        this.keyFigures = keyFigures;
        this.network = network;
        this.saved = saved;
        setSummaryText(getTranslation("figures.list.title"));
        setId("figure-list");
        addClassName("rayonne-figure-list");
        var add = new Button(
                getTranslation("figures.list.add"),
                VaadinIcon.PLUS.create(),
                e -> addRow(null, "", KeyFigure.Kind.FLOW));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var save = new Button(getTranslation("figures.list.save"), VaadinIcon.CHECK.create(), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("figure-list-save");
        add(new Paragraph(getTranslation("figures.list.text")), rows, new HorizontalLayout(add, save));
        list = keyFigures.list(network.get());
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                reload();
            }
        });
    }

    private void reload() {
        list = keyFigures.list(network.get());
        rows.removeAll();
        editing.clear();
        list.figures().forEach(f -> addRow(f.code(), f.label(), f.kind()));
    }

    private void addRow(String code, String label, KeyFigure.Kind kind) {
        var name = new TextField(getTranslation("figures.list.label"));
        name.setValue(label);
        name.setMaxLength(KeyFigure.LABEL_MAX);
        name.setWidth("22rem");
        var kinds = new Select<KeyFigure.Kind>();
        kinds.setLabel(getTranslation("figures.list.kind"));
        kinds.setItems(KeyFigure.Kind.values());
        kinds.setItemLabelGenerator(k -> getTranslation(k.key()));
        kinds.setValue(kind);
        Row row = new Row(code, name, kinds);
        var line = new HorizontalLayout(name, kinds);
        var drop = new Button(VaadinIcon.TRASH.create(), e -> {
            editing.remove(row);
            rows.remove(line);
        });
        drop.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        drop.setAriaLabel(getTranslation("figures.list.drop", label));
        line.add(drop);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        editing.add(row);
        rows.add(line);
    }

    private void save() {
        List<KeyFigure> figures = new ArrayList<>();
        boolean valid = true;
        for (Row row : editing) {
            String label = row.label().getValue().strip();
            if (label.isEmpty()) {
                row.label().setErrorMessage(getTranslation("figures.list.label-missing"));
                row.label().setInvalid(true);
                valid = false;
                continue;
            }
            row.label().setInvalid(false);
            List<KeyFigure> taken = new ArrayList<>(figures);
            taken.addAll(list.figures());
            String code = row.code() != null ? row.code() : KeyFigures.codeFor(label, taken);
            figures.add(new KeyFigure(code, label, row.kind().getValue()));
        }
        if (!valid) {
            return;
        }
        if (figures.isEmpty()) {
            Notifications.error(getTranslation("figures.list.empty"));
            return;
        }
        try {
            list = keyFigures.saveList(list.networkId(), list.revision(), figures);
            Notifications.success(getTranslation("figures.list.saved"));
            reload();
            saved.run();
        } catch (StaleEditException e) {
            Notifications.error(getTranslation("figures.list.stale"));
            reload();
        }
    }
}
