package io.rayonne.media.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import io.rayonne.base.ui.Dates;
import io.rayonne.base.ui.Notifications;
import io.rayonne.base.ui.UploadTexts;
import io.rayonne.media.Consent;
import io.rayonne.media.ConsentProblem;
import io.rayonne.media.Photo;
import io.rayonne.media.PhotoRejectedException;
import io.rayonne.media.PhotoSize;
import io.rayonne.media.Photos;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * The photos of a piece of content: upload (JPEG, PNG, WebP, checked by the server from the
 * content), a card per photo with its credit and consent, the rights dialog, and the problems that
 * stop publication shown on the photo concerned. The content keeps only the photos' ids.
 */
public class PhotoList extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(PhotoList.class);
    public static final int MAX_PHOTOS = 10;

    private final Photos photos;
    private final Upload upload;
    private final Div cards = new Div();
    /** Every photo of the content, in order, including those this person may not see. */
    private final List<String> ids = new ArrayList<>();
    /** The photos this person may see, shown as cards. */
    private final List<Photo> shown = new ArrayList<>();

    private final List<Consumer<List<String>>> listeners = new ArrayList<>();
    private Map<String, List<ConsentProblem>> problems = Map.of();
    private boolean editable = true;

    public PhotoList(Photos photos) {
        this.photos = photos;
        addClassName("rayonne-photo-list");
        setPadding(false);
        cards.addClassName("rayonne-photo-cards");
        upload = new Upload(uploadHandler());
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, photos.maxUploadBytes()));
        upload.setMaxFiles(MAX_PHOTOS);
        upload.setI18n(UploadTexts.of(
                this,
                getTranslation("media.upload.add"),
                getTranslation("media.upload.drop"),
                getTranslation("media.rejected.not-an-image"),
                photos.maxUploadBytes(),
                MAX_PHOTOS));
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        upload.addClassName("rayonne-photo-upload");
        var help = new Paragraph(getTranslation("media.upload.help", photos.maxUploadBytes() / (1024 * 1024)));
        help.addClassName("rayonne-help");
        add(cards, upload, help);
        refresh();
    }

    /**
     * Shows these photos, in this order. Photos the person may not see (added by someone else) get
     * no card but stay in the list: saving never drops them.
     */
    public void setPhotoIds(List<String> photoIds) {
        ids.clear();
        ids.addAll(photoIds);
        shown.clear();
        shown.addAll(photos.getAll(photoIds));
        problems = Map.of();
        refresh();
    }

    public List<String> getPhotoIds() {
        return List.copyOf(ids);
    }

    /** Whether photos may be added and removed (their rights can always be opened). */
    public void setEditable(boolean editable) {
        this.editable = editable;
        refresh();
    }

    /** Called with the new list of ids when a photo is added or removed. */
    public void addChangeListener(Consumer<List<String>> listener) {
        listeners.add(listener);
    }

    /** Marks the photos that stop publication, each with its reasons; an empty list clears them. */
    public void showProblems(List<ConsentProblem> found) {
        problems = found.stream().collect(Collectors.groupingBy(ConsentProblem::photoId));
        refresh();
    }

    private UploadHandler uploadHandler() {
        return event -> {
            UI ui = event.getUI();
            try {
                Photo photo = photos.upload(event.getInputStream(), event.getFileName());
                ui.access(() -> {
                    upload.clearFileList();
                    shown.add(photo);
                    ids.add(photo.id());
                    changed();
                    openRights(photo);
                });
            } catch (PhotoRejectedException e) {
                ui.access(() -> {
                    upload.clearFileList();
                    Notifications.error(getTranslation(
                            "media.rejected", event.getFileName(), getTranslation(e.key(), e.arguments())));
                });
            } catch (DataAccessException e) {
                log.warn("Photo {} not recorded: the store did not answer", event.getFileName(), e);
                ui.access(() -> {
                    upload.clearFileList();
                    Notifications.storeError(e, getTranslation("media.error.storage", event.getFileName()));
                });
            } catch (java.io.UncheckedIOException e) {
                log.warn("Photo {} not kept: its files could not be written", event.getFileName(), e);
                ui.access(() -> {
                    upload.clearFileList();
                    Notifications.storeError(e, getTranslation("media.error.file", event.getFileName()));
                });
            }
        };
    }

    private void changed() {
        refresh();
        List<String> ids = getPhotoIds();
        listeners.forEach(l -> l.accept(ids));
    }

    private void refresh() {
        cards.removeAll();
        shown.forEach(photo -> cards.add(card(photo)));
        cards.setVisible(!shown.isEmpty());
        upload.setVisible(editable && ids.size() < MAX_PHOTOS);
        getChildren().filter(Paragraph.class::isInstance).forEach(c -> c.setVisible(editable));
    }

    private Component card(Photo photo) {
        var image = new Image(
                DownloadHandler.forFile(photos.file(photo, PhotoSize.THUMBNAIL).toFile()),
                photo.caption().isEmpty() ? photo.fileName() : photo.caption());
        image.addClassName("rayonne-photo-thumbnail");
        image.addClickListener(e -> openPreview(photo));
        var name = new Span(photo.fileName());
        name.addClassName("rayonne-photo-name");
        var credit = photo.credit().isEmpty()
                ? warning(getTranslation("media.card.no-credit"))
                : new Span(getTranslation("media.card.credit", photo.credit()));
        var consent = new Span(consentSummary(photo.consent()));
        consent.addClassName("rayonne-photo-consent");
        var text = new Div(name, credit, consent);
        text.addClassName("rayonne-photo-text");

        var rights =
                new Button(getTranslation("media.card.rights"), VaadinIcon.DIPLOMA.create(), e -> openRights(photo));
        rights.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var actions = new Div(rights);
        actions.addClassName("rayonne-photo-actions");
        if (editable) {
            var remove = new Button(getTranslation("media.card.remove"), VaadinIcon.CLOSE_SMALL.create(), e -> {
                shown.remove(photo);
                ids.remove(photo.id());
                changed();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(remove);
        }
        var card = new Div(image, text, actions);
        card.addClassName("rayonne-photo-card");
        List<ConsentProblem> stops = problems.getOrDefault(photo.id(), List.of());
        if (!stops.isEmpty()) {
            card.addClassName("rayonne-photo-card-blocked");
            var list = new UnorderedList();
            ConsentMessages.texts(this, stops).forEach(t -> list.add(new ListItem(t)));
            list.addClassName("rayonne-photo-problems");
            card.add(list);
        }
        card.getElement().setAttribute("aria-label", photo.fileName());
        return card;
    }

    private Span warning(String text) {
        var span = new Span(text);
        span.getElement().getThemeList().add("badge error small");
        return span;
    }

    private String consentSummary(Consent consent) {
        if (!consent.peopleAppear()) {
            return getTranslation("media.card.nobody");
        }
        if (!consent.problems().isEmpty()) {
            return getTranslation("media.card.consent-incomplete");
        }
        String uses = consent.uses().stream()
                .sorted()
                .map(u -> getTranslation(u.key()))
                .collect(Collectors.joining(", "));
        String text = getTranslation(
                "media.card.consent", consent.consentedBy(), Dates.date(consent.until(), getLocale()), uses);
        return consent.minor() ? text + " " + getTranslation("media.card.guardian", consent.guardian()) : text;
    }

    private void openRights(Photo photo) {
        new PhotoRightsDialog(photos, photo, updated -> {
                    shown.replaceAll(p -> p.id().equals(updated.id()) ? updated : p);
                    problems = Map.of();
                    refresh();
                })
                .open();
    }

    private void openPreview(Photo photo) {
        var dialog = new Dialog(photo.fileName());
        var image = new Image(
                DownloadHandler.forFile(photos.file(photo, PhotoSize.PREVIEW).toFile()),
                photo.caption().isEmpty() ? photo.fileName() : photo.caption());
        image.addClassName("rayonne-photo-preview");
        dialog.add(image);
        if (!photo.credit().isEmpty()) {
            dialog.add(new Paragraph(getTranslation("media.card.credit", photo.credit())));
        }
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
    }
}
