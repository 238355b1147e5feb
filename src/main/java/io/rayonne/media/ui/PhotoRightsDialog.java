package io.rayonne.media.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.rayonne.base.StaleEditException;
import io.rayonne.base.ui.Dates;
import io.rayonne.base.ui.Notifications;
import io.rayonne.media.Consent;
import io.rayonne.media.InvalidPhotoDescriptionException;
import io.rayonne.media.Photo;
import io.rayonne.media.PhotoSize;
import io.rayonne.media.PhotoUse;
import io.rayonne.media.Photos;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * The credit and image rights of one photo: who took it, whether people can be recognised on it,
 * and then who consented, for which uses, until when, and a guardian for a minor.
 */
class PhotoRightsDialog extends Dialog {

    private final Photos photos;
    private Photo photo;
    private final Consumer<Photo> saved;

    private final TextField credit = new TextField();
    private final TextField caption = new TextField();
    private final Checkbox peopleAppear = new Checkbox();
    private final TextField consentedBy = new TextField();
    private final CheckboxGroup<PhotoUse> uses = new CheckboxGroup<>();
    private final DatePicker until;
    private final Checkbox minor = new Checkbox();
    private final TextField guardian = new TextField();

    PhotoRightsDialog(Photos photos, Photo photo, Consumer<Photo> saved) {
        this.photos = photos;
        this.photo = photo;
        this.saved = saved;
        setHeaderTitle(getTranslation("media.rights.title", photo.fileName()));
        addClassName("rayonne-photo-rights");
        setWidth("min(640px, 100vw)");

        var thumbnail = new Image(
                DownloadHandler.forFile(photos.file(photo, PhotoSize.THUMBNAIL).toFile()), photo.caption());
        thumbnail.addClassName("rayonne-photo-rights-thumbnail");

        credit.setLabel(getTranslation("media.field.credit"));
        credit.setHelperText(getTranslation("media.field.credit.help"));
        credit.setRequiredIndicatorVisible(true);
        credit.setMaxLength(Photo.CREDIT_MAX);
        caption.setLabel(getTranslation("media.field.caption"));
        caption.setHelperText(getTranslation("media.field.caption.help"));
        caption.setMaxLength(Photo.CAPTION_MAX);
        peopleAppear.setLabel(getTranslation("media.field.people-appear"));
        consentedBy.setLabel(getTranslation("media.field.consented-by"));
        consentedBy.setMaxLength(Consent.NAME_MAX);
        uses.setLabel(getTranslation("media.field.uses"));
        uses.setItems(PhotoUse.values());
        uses.setItemLabelGenerator(use -> getTranslation(use.key()));
        until = Dates.picker(getTranslation("media.field.until"), getLocale());
        minor.setLabel(getTranslation("media.field.minor"));
        guardian.setLabel(getTranslation("media.field.guardian"));
        guardian.setMaxLength(Consent.NAME_MAX);
        credit.setManualValidation(true);
        consentedBy.setManualValidation(true);
        guardian.setManualValidation(true);
        uses.setManualValidation(true);
        until.setManualValidation(true);

        var form = new FormLayout(credit, caption, peopleAppear, consentedBy, uses, until, minor, guardian);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        form.setColspan(peopleAppear, 2);
        form.setColspan(consentedBy, 2);
        form.setColspan(uses, 2);
        form.setColspan(minor, 2);
        form.setColspan(guardian, 2);
        var help = new Paragraph(getTranslation("media.rights.help"));
        help.addClassName("rayonne-help");
        add(thumbnail, help, form);

        show(photo);
        peopleAppear.addValueChangeListener(e -> showConsentFields());
        minor.addValueChangeListener(e -> showConsentFields());

        var save = new Button(getTranslation("common.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private void show(Photo p) {
        credit.setValue(p.credit());
        caption.setValue(p.caption());
        Consent c = p.consent();
        peopleAppear.setValue(c.peopleAppear());
        consentedBy.setValue(c.consentedBy());
        uses.setValue(c.uses());
        until.setValue(c.until());
        minor.setValue(c.minor());
        guardian.setValue(c.guardian());
        showConsentFields();
    }

    private void showConsentFields() {
        boolean people = peopleAppear.getValue();
        consentedBy.setVisible(people);
        uses.setVisible(people);
        until.setVisible(people);
        minor.setVisible(people);
        guardian.setVisible(people && minor.getValue());
    }

    private Photo.Description typed() {
        boolean people = peopleAppear.getValue();
        Consent consent = people
                ? new Consent(
                        true,
                        consentedBy.getValue(),
                        uses.getValue().isEmpty() ? EnumSet.noneOf(PhotoUse.class) : EnumSet.copyOf(uses.getValue()),
                        until.getValue(),
                        minor.getValue(),
                        minor.getValue() ? guardian.getValue() : "")
                : Consent.nobody();
        return new Photo.Description(credit.getValue(), caption.getValue(), consent);
    }

    private void save() {
        Photo.Description description = typed();
        List<String> problems = description.problems();
        boolean noCredit = description.credit().isEmpty();
        credit.setInvalid(noCredit);
        credit.setErrorMessage(noCredit ? getTranslation("media.error.credit-required") : null);
        mark(consentedBy, problems, "media.error.consented-by-required", "media.error.consented-by-too-long");
        mark(guardian, problems, "media.error.guardian-required");
        uses.setInvalid(problems.contains("media.error.uses-required"));
        uses.setErrorMessage(getTranslation("media.error.uses-required"));
        until.setInvalid(problems.contains("media.error.until-required") || until.isInvalid());
        until.setErrorMessage(getTranslation("media.error.until-required"));
        if (noCredit || !problems.isEmpty()) {
            return;
        }
        try {
            photo = photos.describe(photo.id(), photo.revision(), description);
            Notifications.success(getTranslation("media.rights.saved"));
            saved.accept(photo);
            close();
        } catch (InvalidPhotoDescriptionException e) {
            Notifications.error(String.join(
                    " ", e.problems().stream().map(this::getTranslation).toList()));
        } catch (StaleEditException e) {
            // Keep what was typed; the next save goes over the version now stored.
            photo = (Photo) e.current();
            Notifications.error(getTranslation("media.rights.conflict"));
        }
    }

    private void mark(TextField field, List<String> problems, String... keys) {
        for (String key : keys) {
            if (problems.contains(key)) {
                field.setErrorMessage(getTranslation(key));
                field.setInvalid(true);
                return;
            }
        }
        field.setInvalid(false);
    }
}
