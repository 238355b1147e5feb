package io.rayonne.press.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.rayonne.base.StaleEditException;
import io.rayonne.base.ui.AppAddress;
import io.rayonne.base.ui.EditorSection;
import io.rayonne.base.ui.Notifications;
import io.rayonne.base.ui.PendingId;
import io.rayonne.base.ui.SaveBar;
import io.rayonne.base.ui.UploadTexts;
import io.rayonne.media.MissingConsentException;
import io.rayonne.media.Photos;
import io.rayonne.media.ui.ConsentMessages;
import io.rayonne.media.ui.PhotoList;
import io.rayonne.press.InvalidPressInputException;
import io.rayonne.press.KitLabels;
import io.rayonne.press.PressKit;
import io.rayonne.press.PressKits;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;

/**
 * A press kit: its sections in French, English and German (tabs show what each language lacks and
 * what a machine translated), photos under the consent rules, PDF files, the embargo and who may
 * read it. Once shared, the link to send journalists and the PDF.
 */
@Route("presse/dossiers/:kitId")
@RolesAllowed({"PRESS", "ADMIN", "COMMUNICATION"})
class PressKitEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "nouveau";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final PressKits kits;
    private final H2 heading = new H2();
    private final Tabs languageTabs = new Tabs();
    private final Map<String, Tab> tabs = new LinkedHashMap<>();
    private final TextField title = new TextField();
    private final VerticalLayout sectionList = new VerticalLayout();
    private final PhotoList photos;
    private final VerticalLayout fileList = new VerticalLayout();
    private final DateTimePicker embargo = new DateTimePicker();
    private final RadioButtonGroup<PressKit.Visibility> visibility = new RadioButtonGroup<>();
    private final VerticalLayout share = new VerticalLayout();
    private final Button addSection = new Button();
    private final SaveBar actions = new SaveBar(this::save);

    private @Nullable PressKit kit;
    /** The new kit's id, from the first try of its save until one is answered (decision 13). */
    private final PendingId newId = new PendingId();

    private boolean writer;
    private String language = PressKit.FRENCH;
    private final Map<String, String> titles = new HashMap<>();
    private final List<SectionModel> sections = new ArrayList<>();
    private final List<PressKit.KitFile> files = new ArrayList<>();
    private final List<SectionFields> shownFields = new ArrayList<>();

    /** A section being edited: its versions by language. */
    private record SectionModel(String id, Map<String, PressKit.Version> versions) {}

    /** The fields of one section in the language shown. */
    private record SectionFields(SectionModel model, TextField title, TextArea body, Checkbox machine) {}

    PressKitEditorView(PressKits kits, Photos photoService) {
        this.kits = kits;
        this.photos = new PhotoList(photoService);
        addClassName("rayonne-page");
        addClassName("rayonne-kit");
        setWidthFull();

        for (String l : PressKit.LANGUAGES) {
            var tab = new Tab();
            tab.setId("kit-tab-" + l);
            tabs.put(l, tab);
            languageTabs.add(tab);
        }
        languageTabs.addSelectedChangeListener(e -> {
            pull();
            language = tabs.entrySet().stream()
                    .filter(t -> t.getValue() == e.getSelectedTab())
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(PressKit.FRENCH);
            showLanguage();
        });
        title.setWidthFull();
        title.setMaxLength(PressKit.TITLE_MAX);
        sectionList.setPadding(false);
        sectionList.setId("kit-sections");
        addSection.setText(getTranslation("press.kit.section.add"));
        addSection.setIcon(VaadinIcon.PLUS.create());
        addSection.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addSection.addClickListener(e -> {
            pull();
            sections.add(new SectionModel(PressKits.newSectionId(), new HashMap<>()));
            showLanguage();
        });

        var upload = new Upload();
        upload.setUploadHandler(event -> {
            var ui = event.getUI();
            String name = event.getFileName();
            try {
                PressKit.KitFile kept = kits.attach(event.getInputStream(), name);
                ui.access(() -> {
                    upload.clearFileList();
                    files.add(kept);
                    showFiles();
                });
            } catch (InvalidPressInputException ex) {
                ui.access(() -> {
                    upload.clearFileList();
                    Notifications.error(getTranslation(ex.problems().get(0), name));
                });
            }
        });
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setMaxFileSize(20 * 1024 * 1024);
        upload.setId("kit-upload");
        upload.setI18n(UploadTexts.of(
                this,
                getTranslation("press.kit.files.add"),
                getTranslation("press.kit.files.drop"),
                getTranslation("press.kit.files.not-pdf"),
                20L * 1024 * 1024,
                10));
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        fileList.setPadding(false);
        fileList.setSpacing(false);

        embargo.setLabel(getTranslation("press.kit.embargo"));
        embargo.setHelperText(getTranslation("press.kit.embargo.help"));
        embargo.setLocale(getLocale());
        embargo.setStep(java.time.Duration.ofMinutes(15));
        embargo.setId("kit-embargo");
        visibility.setLabel(getTranslation("press.kit.visibility"));
        visibility.setItems(PressKit.Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation(v.key()));
        visibility.setValue(PressKit.Visibility.PRIVATE);
        share.setPadding(false);
        share.setId("kit-share");

        add(
                heading,
                new EditorSection(
                        getTranslation("press.kit.section.texts"), languageTabs, title, sectionList, addSection),
                new EditorSection(getTranslation("press.kit.section.photos"), photos),
                new EditorSection(getTranslation("press.kit.section.files"), fileList, upload),
                new EditorSection(getTranslation("press.kit.section.publication"), embargo, visibility),
                actions,
                share);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("kitId").orElse(NEW);
        kit = NEW.equals(id) ? null : kits.get(id);
        writer = kits.canEdit(kit);
        if (kit == null) {
            heading.setText(getTranslation("press.kit.new"));
            sections.add(new SectionModel(PressKits.newSectionId(), new HashMap<>()));
            showLanguage();
            showFiles();
        } else {
            show(kit);
        }
        title.setReadOnly(!writer);
        photos.setEditable(writer);
        embargo.setReadOnly(!writer);
        visibility.setReadOnly(!writer);
        addSection.setVisible(writer);
        actions.setWriter(writer);
    }

    @Override
    public String getPageTitle() {
        return kit == null ? getTranslation("press.kit.new") : kit.title(PressKit.FRENCH);
    }

    private void show(PressKit k) {
        heading.setText(k.title(PressKit.FRENCH));
        titles.clear();
        titles.putAll(k.titles());
        sections.clear();
        k.sections().forEach(s -> sections.add(new SectionModel(s.id(), new HashMap<>(s.versions()))));
        files.clear();
        files.addAll(k.files());
        photos.setPhotoIds(k.photoIds());
        embargo.setValue(PressKits.parisTime(k.embargo()));
        visibility.setValue(k.visibility());
        showLanguage();
        showFiles();
        showShare(k);
    }

    /** Takes what is typed in the language shown into the model. */
    private void pull() {
        titles.put(language, title.getValue());
        for (SectionFields f : shownFields) {
            f.model()
                    .versions()
                    .put(
                            language,
                            new PressKit.Version(
                                    f.title().getValue(),
                                    f.body().getValue(),
                                    f.machine().getValue()));
        }
    }

    private void showLanguage() {
        title.setLabel(getTranslation("press.kit.title", name(language)));
        title.setValue(titles.getOrDefault(language, ""));
        title.setRequiredIndicatorVisible(PressKit.FRENCH.equals(language));
        sectionList.removeAll();
        shownFields.clear();
        int number = 1;
        for (SectionModel model : List.copyOf(sections)) {
            PressKit.Version v = model.versions().getOrDefault(language, new PressKit.Version("", "", false));
            var sectionTitle = new TextField(getTranslation("press.kit.section.title", number));
            sectionTitle.setValue(v.title());
            sectionTitle.setWidthFull();
            var body = new TextArea(getTranslation("press.kit.section.body"));
            body.setValue(v.body());
            body.setWidthFull();
            body.setMinHeight("8rem");
            body.setMaxLength(PressKit.BODY_MAX);
            var machine = new Checkbox(getTranslation("press.kit.machine"));
            machine.setValue(v.machine());
            machine.setVisible(!PressKit.FRENCH.equals(language));
            for (var f : List.of(sectionTitle)) {
                f.setReadOnly(!writer);
            }
            body.setReadOnly(!writer);
            machine.setReadOnly(!writer);
            var card = new Div(sectionTitle, body, machine);
            card.addClassName("rayonne-kit-section");
            PressKit.Version french = model.versions().get(PressKit.FRENCH);
            if (!PressKit.FRENCH.equals(language) && v.isEmpty() && french != null && !french.isEmpty()) {
                var missing = new Paragraph(getTranslation("press.kit.missing", french.title()));
                missing.addClassName("rayonne-kit-missing");
                card.addComponentAsFirst(missing);
            }
            if (writer && PressKit.FRENCH.equals(language)) {
                var remove = new Button(getTranslation("press.kit.section.remove"), VaadinIcon.TRASH.create(), e -> {
                    pull();
                    sections.remove(model);
                    showLanguage();
                });
                remove.addThemeVariants(
                        ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                card.add(remove);
            }
            sectionList.add(card);
            shownFields.add(new SectionFields(model, sectionTitle, body, machine));
            number++;
        }
        showTranslationState();
    }

    /** Each tab says where its language stands: complete, how many parts missing, machine-translated. */
    private void showTranslationState() {
        PressKit current = new PressKit(
                "",
                "",
                titles,
                sections.stream()
                        .map(s -> new PressKit.Section(s.id(), s.versions()))
                        .toList(),
                List.of(),
                List.of(),
                null,
                PressKit.Visibility.PRIVATE,
                "",
                java.time.Instant.EPOCH,
                "",
                null);
        for (PressKit.Translation t : current.translations()) {
            Tab tab = tabs.get(t.language());
            tab.removeAll();
            var state = new Span(
                    t.complete()
                            ? (t.machine() > 0
                                    ? getTranslation("press.kit.state.machine", t.machine())
                                    : getTranslation("press.kit.state.complete"))
                            : getTranslation("press.kit.state.missing", t.missing()));
            state.getElement()
                    .setAttribute(
                            "theme", t.complete() ? (t.machine() > 0 ? "badge" : "badge success") : "badge contrast");
            state.addClassName("rayonne-kit-state");
            tab.add(new Span(name(t.language())), state);
        }
    }

    private void showFiles() {
        fileList.removeAll();
        if (files.isEmpty()) {
            var none = new Paragraph(getTranslation("press.kit.files.none"));
            none.addClassName("rayonne-help");
            fileList.add(none);
        }
        for (PressKit.KitFile f : List.copyOf(files)) {
            var line = new Div(
                    VaadinIcon.FILE_TEXT_O.create(), new Span(f.name() + " · " + (f.size() / 1024 + 1) + " Ko"));
            line.addClassName("rayonne-kit-file");
            if (writer) {
                var remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    files.remove(f);
                    showFiles();
                });
                remove.setAriaLabel(getTranslation("press.visit.item.remove") + " " + f.name());
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                line.add(remove);
            }
            fileList.add(line);
        }
    }

    private void showShare(PressKit k) {
        share.removeAll();
        share.add(new H3(getTranslation("press.kit.section.share")));
        if (!k.shared()) {
            var p = new Paragraph(getTranslation("press.kit.share.private"));
            p.addClassName("rayonne-help");
            share.add(p);
        } else {
            String base = AppAddress.base();
            var link = new TextField(getTranslation("press.kit.share.link"));
            link.setValue(base + "dossiers/" + k.token());
            link.setReadOnly(true);
            link.setWidthFull();
            link.setId("kit-link");
            var copy = new Button(getTranslation("press.kit.share.copy"), VaadinIcon.COPY_O.create(), e -> {
                link.getElement()
                        .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", link.getValue());
                Notifications.success(getTranslation("press.kit.share.copied"));
            });
            var renew = new Button(getTranslation("press.kit.share.renew"), e -> {
                try {
                    kit = kits.newLink(k.id(), k.revision());
                    show(kit);
                    Notifications.success(getTranslation("press.kit.share.renewed"));
                } catch (StaleEditException ex) {
                    Notifications.error(getTranslation("press.conflict"));
                }
            });
            renew.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            renew.setVisible(writer);
            var row = new HorizontalLayout(link, copy, renew);
            row.setWidthFull();
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            share.add(row);
            if (k.visibility() == PressKit.Visibility.PUBLIC) {
                share.add(new Paragraph(getTranslation("press.kit.share.public", base + "dossiers/" + k.id())));
            }
            if (k.underEmbargo(kits.now())) {
                var p = new Paragraph(getTranslation("press.kit.share.embargoed"));
                p.addClassName("rayonne-help");
                share.add(p);
            }
        }
        var pdf = new Anchor();
        pdf.setText(getTranslation("press.kit.pdf"));
        pdf.setHref(DownloadHandler.fromInputStream(request -> {
            byte[] bytes = kits.teamPdf(
                    k.id(),
                    PressKit.FRENCH,
                    new KitLabels(
                            getTranslation("press.kit.pdf.heading"),
                            "",
                            "Photo :",
                            getTranslation("press.kit.machine")));
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes), k.id() + ".pdf", "application/pdf", bytes.length);
        }));
        pdf.setId("kit-team-pdf");
        share.add(pdf);
    }

    private String name(String l) {
        return PublicKitTexts.languageName(l);
    }

    private PressKit.Draft typed() {
        pull();
        return new PressKit.Draft(
                titles,
                sections.stream()
                        .map(s -> new PressKit.Section(s.id(), s.versions()))
                        .toList(),
                photos.getPhotoIds(),
                files,
                embargo.getValue(),
                visibility.getValue() == null ? PressKit.Visibility.PRIVATE : visibility.getValue());
    }

    private void save() {
        PressKit.Draft draft = typed();
        PressKit read = kit;
        try {
            PressKit saved = read == null
                    ? kits.create(newId.get(() -> kits.newId(draft)), draft)
                    : kits.update(read.id(), read.revision(), draft);
            newId.answered();
            kit = saved;
            photos.showProblems(List.of());
            Notifications.success(getTranslation("press.kit.saved"));
            if (read == null) {
                getUI().ifPresent(ui -> ui.navigate("presse/dossiers/" + saved.id()));
            } else {
                show(saved);
            }
        } catch (InvalidPressInputException e) {
            title.setInvalid(
                    e.problems().contains("press.error.kit-title-required") && PressKit.FRENCH.equals(language));
            title.setErrorMessage(getTranslation("press.error.kit-title-required"));
            embargo.setInvalid(e.problems().contains("press.error.embargo-past"));
            embargo.setErrorMessage(getTranslation("press.error.embargo-past"));
            Notifications.error(e.problems().stream().map(this::getTranslation).collect(Collectors.joining(" ")));
        } catch (MissingConsentException e) {
            photos.showProblems(e.problems());
            Notifications.error(getTranslation("press.kit.consent-refused") + " "
                    + String.join(" ", ConsentMessages.texts(this, e.problems())));
        } catch (StaleEditException e) {
            kit = (PressKit) e.current();
            Notifications.error(getTranslation("press.conflict"));
        } catch (DataAccessException e) {
            Notifications.storeError(e, getTranslation("press.error.storage"));
        }
    }
}
