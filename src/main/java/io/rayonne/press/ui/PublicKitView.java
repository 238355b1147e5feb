package io.rayonne.press.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.rayonne.base.Markdown;
import io.rayonne.media.Photo;
import io.rayonne.media.PhotoSize;
import io.rayonne.press.KitLabels;
import io.rayonne.press.PressKit;
import io.rayonne.press.PressKits;
import io.rayonne.press.PublicKit;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * A shared or public press kit, for a reader without an account, in the language they choose. Under
 * embargo it says until when and shows nothing else; the page reloads itself when the embargo lifts.
 */
@Route(value = "dossiers/:key", autoLayout = false)
@AnonymousAllowed
@StyleSheet("context://styles/rayonne.css")
class PublicKitView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String LANGUAGE = "langue";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final PressKits kits;
    private String title = "Dossier de presse";

    PublicKitView(PressKits kits) {
        this.kits = kits;
        addClassName("rayonne-public-kit");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String key = event.getRouteParameters().get("key").orElse("");
        PublicKit found = kits.open(key).orElseThrow(KitNotFoundException::new);
        String asked = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(LANGUAGE)
                .orElse(getLocale().getLanguage());
        removeAll();
        if (found instanceof PublicKit.Open open) {
            showKit(open, language(asked, open.kit().readableLanguages()));
        } else if (found instanceof PublicKit.Embargoed embargoed) {
            showEmbargo(embargoed, language(asked, PressKit.LANGUAGES));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private static String language(String asked, List<String> readable) {
        return readable.contains(asked) ? asked : PressKit.FRENCH;
    }

    private void showEmbargo(PublicKit.Embargoed kit, String language) {
        getElement().setAttribute("lang", language);
        title = PublicKitTexts.text(language, "heading") + " · " + kit.officeName();
        var office = new Paragraph(kit.officeName());
        office.addClassName("rayonne-public-kit-office");
        var lock = VaadinIcon.LOCK.create();
        lock.addClassName("rayonne-public-kit-lock");
        var when = new H1(String.format(PublicKitTexts.text(language, "embargo"), moment(kit.until(), language)));
        when.setId("embargo");
        var more = new Paragraph(PublicKitTexts.text(language, "embargo-more"));
        var box = new Div(office, lock, when, more, languages(kit.key(), List.of("fr", "en", "de"), language));
        box.addClassName("rayonne-public-kit-page");
        add(box);
        // Reload by itself when the embargo lifts, if that is within a day.
        Duration left = Duration.between(kits.now(), kit.until());
        if (left.compareTo(Duration.ofDays(1)) < 0) {
            getElement().executeJs("setTimeout(() => location.reload(), $0)", (double) (left.toMillis() + 1_000));
        }
    }

    private void showKit(PublicKit.Open open, String language) {
        PressKit kit = open.kit();
        getElement().setAttribute("lang", language);
        title = kit.title(language) + " · " + open.officeName();
        var office = new Paragraph(open.officeName() + " · " + PublicKitTexts.text(language, "heading"));
        office.addClassName("rayonne-public-kit-office");
        var heading = new H1(kit.title(language));
        heading.setId("kit-title");
        var page = new Div(office, heading, languages(open.key(), kit.readableLanguages(), language));
        page.addClassName("rayonne-public-kit-page");

        var pdf = new Anchor();
        pdf.setText(PublicKitTexts.text(language, "pdf"));
        pdf.setId("kit-pdf");
        pdf.addClassName("rayonne-public-kit-download");
        KitLabels labels = new KitLabels(
                PublicKitTexts.text(language, "heading"),
                "",
                PublicKitTexts.text(language, "credit"),
                PublicKitTexts.text(language, "machine"));
        pdf.setHref(DownloadHandler.fromInputStream(request -> kits.pdf(open.key(), language, labels)
                .map(bytes -> new DownloadResponse(
                        new ByteArrayInputStream(bytes), fileName(kit, language), "application/pdf", bytes.length))
                .orElseGet(() -> DownloadResponse.error(404))));
        page.add(pdf);

        for (PressKit.Section section : kit.sections()) {
            PressKit.Version version = section.in(language);
            boolean missing = version == null;
            if (missing) {
                version = section.in(PressKit.FRENCH);
            }
            if (version == null) {
                continue;
            }
            var part = new Div(new H2(version.title()));
            part.addClassName("rayonne-public-kit-section");
            if (missing || version.machine()) {
                var note = new Paragraph(PublicKitTexts.text(language, missing ? "missing" : "machine"));
                note.addClassName("rayonne-public-kit-note");
                part.add(note);
            }
            part.add(new Html("<div class=\"rayonne-rendered\">" + Markdown.toSafeHtml(version.body()) + "</div>"));
            page.add(part);
        }
        if (!open.photos().isEmpty()) {
            page.add(new H2(PublicKitTexts.text(language, "photos")));
            var photos = new Div();
            photos.addClassName("rayonne-public-kit-photos");
            for (Photo photo : open.photos()) {
                var image = new Image(
                        DownloadHandler.fromInputStream(
                                request -> kits.photoFile(open.key(), photo.id(), PhotoSize.PREVIEW)
                                        .map(path -> {
                                            try {
                                                return new DownloadResponse(
                                                        Files.newInputStream(path),
                                                        photo.fileName(),
                                                        "image/jpeg",
                                                        Files.size(path));
                                            } catch (java.io.IOException e) {
                                                throw new UncheckedIOException(e);
                                            }
                                        })
                                        .orElseGet(() -> DownloadResponse.error(404))),
                        photo.caption().isEmpty() ? photo.fileName() : photo.caption());
                var caption = new Span((photo.caption().isEmpty() ? "" : photo.caption() + " · ")
                        + PublicKitTexts.text(language, "credit") + " " + photo.credit());
                var figure = new Div(image, caption);
                figure.addClassName("rayonne-public-kit-photo");
                photos.add(figure);
            }
            page.add(photos);
        }
        if (!kit.files().isEmpty()) {
            page.add(new H2(PublicKitTexts.text(language, "files")));
            for (PressKit.KitFile file : kit.files()) {
                var link = new Anchor();
                link.setText(file.name());
                link.setHref(DownloadHandler.fromInputStream(request -> kits.attachment(open.key(), file.id())
                        .map(path -> {
                            try {
                                return new DownloadResponse(
                                        Files.newInputStream(path), file.name(), "application/pdf", Files.size(path));
                            } catch (java.io.IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        })
                        .orElseGet(() -> DownloadResponse.error(404))));
                page.add(new Div(link));
            }
        }
        add(page);
    }

    private Div languages(String key, List<String> readable, String current) {
        var switcher = new Div();
        switcher.addClassName("rayonne-public-kit-languages");
        switcher.getElement().setAttribute("aria-label", PublicKitTexts.text(current, "languages"));
        if (readable.size() < 2) {
            return switcher;
        }
        for (String language : readable) {
            var link = new Anchor(
                    "dossiers/" + key + "?" + LANGUAGE + "=" + language, PublicKitTexts.languageName(language));
            if (language.equals(current)) {
                link.getElement().setAttribute("aria-current", "true");
            }
            link.getElement().setAttribute("lang", language);
            switcher.add(link);
        }
        return switcher;
    }

    private static String moment(Instant instant, String language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(language))
                .withZone(PARIS)
                .format(instant);
    }

    private static String fileName(PressKit kit, String language) {
        return io.rayonne.base.Slugs.of(kit.title(language)) + "-" + language + ".pdf";
    }
}
