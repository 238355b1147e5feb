package io.rayonne.calendar.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import io.rayonne.base.Languages;
import io.rayonne.calendar.Post;
import io.rayonne.calendar.TranslationStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A post's versions in English and German: ticked when one is wanted, then where it stands (to
 * translate, machine-translated to read again, done) and its text. An unticked version keeps what
 * was typed until the page is left, like a channel's text.
 */
class TranslationsPanel extends VerticalLayout {

    private final Map<String, Version> versions = new LinkedHashMap<>();

    private static final class Version {
        final Checkbox wanted = new Checkbox();
        final Select<TranslationStatus> status = new Select<>();
        final TextArea text = new TextArea();
    }

    TranslationsPanel() {
        setPadding(false);
        addClassName("rayonne-translations");
        for (String language : Post.TRANSLATED) {
            var v = new Version();
            String name = Languages.name(language, getLocale());
            v.wanted.setLabel(getTranslation("calendar.translations.wanted", name));
            v.status.setLabel(getTranslation("calendar.translations.status", name));
            v.status.setItems(TranslationStatus.values());
            v.status.setItemLabelGenerator(s -> getTranslation(s.key()));
            v.status.setValue(TranslationStatus.TO_TRANSLATE);
            v.text.setLabel(getTranslation("calendar.translations.text", name));
            v.text.setMaxLength(Post.TRANSLATION_MAX);
            v.text.setWidthFull();
            v.text.setMinRows(3);
            v.text.getElement().setAttribute("lang", language);
            v.wanted.addValueChangeListener(e -> {
                v.status.setVisible(e.getValue());
                v.text.setVisible(e.getValue());
            });
            v.status.setVisible(false);
            v.text.setVisible(false);
            versions.put(language, v);
            add(v.wanted, v.status, v.text);
        }
    }

    void setValue(Map<String, Post.Translation> translations) {
        versions.forEach((language, v) -> {
            Post.Translation t = translations.get(language);
            v.wanted.setValue(t != null);
            v.status.setValue(t == null ? TranslationStatus.TO_TRANSLATE : t.status());
            v.text.setValue(t == null ? "" : t.text());
        });
    }

    Map<String, Post.Translation> getValue() {
        Map<String, Post.Translation> value = new LinkedHashMap<>();
        versions.forEach((language, v) -> {
            if (v.wanted.getValue()) {
                value.put(
                        language,
                        new Post.Translation(
                                v.text.getValue(),
                                v.status.getValue() == null ? TranslationStatus.TO_TRANSLATE : v.status.getValue()));
            }
        });
        return value;
    }

    void setReadOnly(boolean readOnly) {
        versions.values().forEach(v -> {
            v.wanted.setReadOnly(readOnly);
            v.status.setReadOnly(readOnly);
            v.text.setReadOnly(readOnly);
        });
    }

    /** Marks a version's text as wrong, with the message. */
    void problem(String language, String message) {
        Version v = versions.get(language);
        if (v != null) {
            v.text.setErrorMessage(message);
            v.text.setInvalid(true);
        }
    }

    void clearProblems() {
        versions.values().forEach(v -> v.text.setInvalid(false));
    }
}
