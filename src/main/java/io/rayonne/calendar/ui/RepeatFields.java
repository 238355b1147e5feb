package io.rayonne.calendar.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import io.rayonne.base.ui.Dates;
import io.rayonne.calendar.Recurrence;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * "Repeat this post" for a new post: every day, week (on chosen days) or month, every N, until a
 * day or for a number of posts; says what it will create before anything is saved.
 */
class RepeatFields extends VerticalLayout {

    private final Checkbox repeat = new Checkbox();
    private final Select<Recurrence.Frequency> frequency = new Select<>();
    private final IntegerField every = new IntegerField();
    private final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>();
    private final RadioButtonGroup<Boolean> byCount = new RadioButtonGroup<>();
    private final IntegerField count = new IntegerField();
    private final DatePicker until;
    private final Paragraph summary = new Paragraph();
    private final FlexLayout fields;

    RepeatFields() {
        setPadding(false);
        setSpacing(false);
        addClassName("rayonne-repeat");
        repeat.setLabel(getTranslation("calendar.repeat"));
        frequency.setLabel(getTranslation("calendar.repeat.frequency"));
        frequency.setItems(Recurrence.Frequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation(f.key()));
        frequency.setValue(Recurrence.Frequency.WEEKLY);
        every.setLabel(getTranslation("calendar.repeat.every"));
        every.setMin(1);
        every.setMax(12);
        every.setValue(1);
        every.setStepButtonsVisible(true);
        every.setWidth("8rem");
        weekdays.setLabel(getTranslation("calendar.repeat.weekdays"));
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
        byCount.setLabel(getTranslation("calendar.repeat.end"));
        byCount.setItems(true, false);
        byCount.setItemLabelGenerator(
                b -> getTranslation(b ? "calendar.repeat.end.count" : "calendar.repeat.end.until"));
        byCount.setValue(true);
        count.setLabel(getTranslation("calendar.repeat.count"));
        count.setMin(1);
        count.setMax(Recurrence.MAX_OCCURRENCES);
        count.setStepButtonsVisible(true);
        count.setWidth("10rem");
        until = Dates.picker(getTranslation("calendar.repeat.until"), getLocale());
        until.setVisible(false);
        summary.addClassName("rayonne-help");
        summary.setId("repeat-summary");
        fields = new FlexLayout(frequency, every, weekdays, byCount, count, until);
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.addClassName("rayonne-repeat-fields");
        fields.setVisible(false);
        summary.setVisible(false);
        repeat.addValueChangeListener(e -> {
            fields.setVisible(e.getValue());
            summary.setVisible(e.getValue());
        });
        frequency.addValueChangeListener(e -> weekdays.setVisible(e.getValue() == Recurrence.Frequency.WEEKLY));
        byCount.addValueChangeListener(e -> {
            count.setVisible(Boolean.TRUE.equals(e.getValue()));
            until.setVisible(Boolean.FALSE.equals(e.getValue()));
        });
        add(repeat, fields, summary);
    }

    boolean repeats() {
        return repeat.getValue();
    }

    /** The recurrence from the first post's moment; empty when it cannot be laid out (with why). */
    Optional<Recurrence> recurrence(@Nullable LocalDateTime first) {
        if (first == null) {
            summary.setText(getTranslation("calendar.error.date-required"));
            return Optional.empty();
        }
        boolean counted = Boolean.TRUE.equals(byCount.getValue());
        var recurrence = new Recurrence(
                frequency.getValue(),
                every.getValue() == null ? 0 : every.getValue(),
                frequency.getValue() == Recurrence.Frequency.WEEKLY ? weekdays.getValue() : java.util.Set.of(),
                first.toLocalDate(),
                first.toLocalTime(),
                counted ? null : until.getValue(),
                counted ? count.getValue() : null);
        List<String> problems = recurrence.problems();
        if (!problems.isEmpty()) {
            summary.setText(problems.stream()
                    .map(this::getTranslation)
                    .reduce((a, b) -> a + " " + b)
                    .orElse(""));
            return Optional.empty();
        }
        List<LocalDateTime> at = recurrence.occurrences();
        summary.setText(getTranslation(
                "calendar.repeat.summary",
                at.size(),
                PostTexts.when(at.get(0), getLocale()),
                PostTexts.when(at.get(at.size() - 1), getLocale())));
        return Optional.of(recurrence);
    }

    /** Called when anything that shapes the series changes, so the summary stays true. */
    void onChange(Runnable listener) {
        repeat.addValueChangeListener(e -> listener.run());
        frequency.addValueChangeListener(e -> listener.run());
        every.addValueChangeListener(e -> listener.run());
        weekdays.addValueChangeListener(e -> listener.run());
        byCount.addValueChangeListener(e -> listener.run());
        count.addValueChangeListener(e -> listener.run());
        until.addValueChangeListener(e -> listener.run());
    }
}
