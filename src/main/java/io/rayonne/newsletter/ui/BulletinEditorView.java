package io.rayonne.newsletter.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.User;
import io.rayonne.base.NotFoundException;
import io.rayonne.base.StaleEditException;
import io.rayonne.base.ui.Dates;
import io.rayonne.base.ui.EditorSection;
import io.rayonne.base.ui.Notifications;
import io.rayonne.base.ui.SaveBar;
import io.rayonne.base.ui.StaleEditDialog;
import io.rayonne.media.Photos;
import io.rayonne.media.ui.PhotoList;
import io.rayonne.newsletter.Block;
import io.rayonne.newsletter.Bulletin;
import io.rayonne.newsletter.BulletinRenderer;
import io.rayonne.newsletter.Bulletins;
import io.rayonne.newsletter.Campaigns;
import io.rayonne.newsletter.InvalidBulletinException;
import io.rayonne.newsletter.NewsletterSettings;
import io.rayonne.newsletter.Personalised;
import io.rayonne.newsletter.Section;
import io.rayonne.partners.Segments;
import io.rayonne.search.UnifiedSearch;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DataAccessException;

/**
 * One issue: its sections and blocks as they are written, the issue as partners will see it (at
 * desktop and phone width), and its sending. A sent issue is shown as it was sent, not editable.
 */
@Route(BulletinEditorView.ROUTE + "/:bulletinId")
@RolesAllowed({"COMMUNICATION", "ADMIN"})
class BulletinEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "numeros";

    private final Bulletins bulletins;
    private final Campaigns campaigns;
    private final BulletinRenderer renderer;
    private final Photos photos;
    private final Segments segments;
    private final UnifiedSearch search;
    private final NewsletterSettings settings;
    private final User user;

    private Bulletin bulletin;
    private final List<SectionModel> sections = new ArrayList<>();
    private boolean writable;

    private final H2 heading = new H2();
    private final Span stateBadge = new Span();
    private final TextField name = new TextField();
    private final TextField title = new TextField();
    private final com.vaadin.flow.component.datepicker.DatePicker date;
    private final Select<String> language = new Select<>();
    private final VerticalLayout sectionList = new VerticalLayout();
    private final Paragraph problems = new Paragraph();
    private final IFrame preview = new IFrame();
    private final Div previewFrame = new Div(preview);
    private final SaveBar saveBar;
    private SendPanel sendPanel;

    /** A section while it is edited. */
    private static final class SectionModel {
        final String id;
        String title;
        final List<Block> blocks;

        SectionModel(String id, String title, List<Block> blocks) {
            this.id = id;
            this.title = title;
            this.blocks = new ArrayList<>(blocks);
        }
    }

    BulletinEditorView(
            Bulletins bulletins,
            Campaigns campaigns,
            BulletinRenderer renderer,
            Photos photos,
            Segments segments,
            UnifiedSearch search,
            NewsletterSettings settings,
            CurrentUser currentUser) {
        this.bulletins = bulletins;
        this.campaigns = campaigns;
        this.renderer = renderer;
        this.photos = photos;
        this.segments = segments;
        this.search = search;
        this.settings = settings;
        this.user = currentUser.require();
        this.saveBar = new SaveBar(this::save);
        this.date = Dates.picker("", getLocale());
        addClassName("rayonne-page");
        addClassName("rayonne-bulletin-page");
        setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return bulletin == null ? getTranslation("newsletter.title") : bulletin.title();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("bulletinId").orElse("");
        try {
            show(bulletins.withCurrentExcerpts(bulletins.get(id)));
        } catch (NotFoundException e) {
            removeAll();
            add(
                    new RouterLink(getTranslation("newsletter.back"), BulletinsView.class),
                    new Paragraph(getTranslation("newsletter.not-found")));
        }
    }

    private void show(Bulletin shown) {
        bulletin = shown;
        writable = bulletins.mayWrite(shown);
        sections.clear();
        shown.sections().forEach(s -> sections.add(new SectionModel(s.id(), s.title(), s.blocks())));
        removeAll();
        build();
    }

    private void build() {
        var back = new RouterLink(getTranslation("newsletter.back"), BulletinsView.class);
        heading.setText(bulletin.title());
        stateBadge.setText(getTranslation(bulletin.state().key()));
        stateBadge.getElement().setAttribute("theme", bulletin.frozen() ? "badge success" : "badge contrast");
        var head = new HorizontalLayout(heading, stateBadge);
        head.setAlignItems(Alignment.BASELINE);

        name.setLabel(getTranslation("newsletter.field.name"));
        name.setValue(bulletin.name());
        name.setMaxLength(Bulletin.NAME_MAX);
        title.setLabel(getTranslation("newsletter.field.title"));
        title.setValue(bulletin.title());
        title.setMaxLength(Bulletin.TITLE_MAX);
        date.setLabel(getTranslation("newsletter.field.date"));
        date.setValue(bulletin.date());
        language.setLabel(getTranslation("newsletter.field.language"));
        language.setItems("fr", "en", "de", "nl");
        language.setItemLabelGenerator(l -> io.rayonne.base.Languages.name(l, getLocale()));
        language.setValue(bulletin.language());
        var fields = new FormLayout(name, title, date, language);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        for (var f : List.<com.vaadin.flow.component.HasValue<?, ?>>of(name, title, date, language)) {
            f.setReadOnly(!writable);
        }

        sectionList.setPadding(false);
        sectionList.setId("bulletin-sections");
        sectionList.addClassName("rayonne-bulletin-sections");
        problems.setId("bulletin-problems");
        problems.addClassName("rayonne-error-text");
        showSections();

        var addSection = new Button(getTranslation("newsletter.section.add"), VaadinIcon.PLUS.create(), e -> {
            sections.add(new SectionModel(newId(), "", List.of()));
            showSections();
        });
        addSection.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addSection.setVisible(writable);
        var mergeHelp =
                new Paragraph(getTranslation("newsletter.merge.help", String.join(" ", BulletinRenderer.MERGE_FIELDS)));
        mergeHelp.addClassName("rayonne-help");
        var composition = new VerticalLayout(fields, mergeHelp, sectionList, addSection, problems);
        composition.setPadding(false);
        composition.addClassName("rayonne-bulletin-composition");

        var tabs = new Tabs(
                new Tab(getTranslation("newsletter.preview.desktop")),
                new Tab(getTranslation("newsletter.preview.phone")));
        tabs.setId("preview-width");
        tabs.addSelectedChangeListener(e -> previewFrame
                .getElement()
                .setAttribute("data-width", tabs.getSelectedIndex() == 0 ? "desktop" : "phone"));
        previewFrame.getElement().setAttribute("data-width", "desktop");
        previewFrame.addClassName("rayonne-bulletin-preview");
        preview.setId("bulletin-preview");
        preview.getElement().setAttribute("title", getTranslation("newsletter.preview"));
        var refresh = new Button(getTranslation("newsletter.preview.refresh"), VaadinIcon.REFRESH.create(), e -> {
            showPreview();
        });
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var previewHead = new HorizontalLayout(tabs, refresh);
        previewHead.setAlignItems(Alignment.CENTER);
        var previewColumn = new VerticalLayout(new H3(getTranslation("newsletter.preview")), previewHead, previewFrame);
        previewColumn.setPadding(false);
        previewColumn.addClassName("rayonne-bulletin-preview-column");
        showPreview();

        var columns = new FlexLayout(composition, previewColumn);
        columns.addClassName("rayonne-bulletin-columns");
        columns.setWidthFull();

        sendPanel = new SendPanel(bulletin, campaigns, segments, user, settings, this::reload);
        saveBar.setWriter(writable);
        add(back, head, columns, saveBar, new EditorSection(getTranslation("newsletter.send.title"), sendPanel));
    }

    private void reload() {
        try {
            show(bulletins.withCurrentExcerpts(bulletins.get(bulletin.id())));
        } catch (NotFoundException e) {
            getUI().ifPresent(ui -> ui.navigate(BulletinsView.class));
        }
    }

    // ---- sections and blocks

    private void showSections() {
        sectionList.removeAll();
        for (int i = 0; i < sections.size(); i++) {
            sectionList.add(sectionCard(sections.get(i), i));
        }
    }

    private Component sectionCard(SectionModel section, int index) {
        var card = new VerticalLayout();
        card.addClassName("rayonne-bulletin-section");
        card.setSpacing(false);
        var sectionTitle = new TextField(getTranslation("newsletter.section.title"));
        sectionTitle.setValue(section.title);
        sectionTitle.setWidthFull();
        sectionTitle.setReadOnly(!writable);
        sectionTitle.addValueChangeListener(e -> section.title = e.getValue());
        var tools = tools(
                () -> move(sections, index, -1),
                () -> move(sections, index, 1),
                () -> sections.remove(index),
                getTranslation("newsletter.section.remove", section.title));
        var top = new HorizontalLayout(sectionTitle, tools);
        top.setWidthFull();
        top.setAlignItems(Alignment.END);
        top.expand(sectionTitle);
        card.add(top);
        for (int b = 0; b < section.blocks.size(); b++) {
            card.add(blockCard(section, b));
        }
        if (writable) {
            var adds = new FlexLayout(
                    addButton(
                            getTranslation("newsletter.block.text"),
                            VaadinIcon.TEXT_LABEL,
                            () -> section.blocks.add(new Block.Text(newId(), ""))),
                    addButton(
                            getTranslation("newsletter.block.figure"),
                            VaadinIcon.BAR_CHART,
                            () -> section.blocks.add(new Block.KeyFigure(newId(), "", ""))),
                    addButton(
                            getTranslation("newsletter.block.image"),
                            VaadinIcon.PICTURE,
                            () -> section.blocks.add(new Block.Image(newId(), "", ""))),
                    new Button(getTranslation("newsletter.block.pulled"), VaadinIcon.CONNECT.create(), e -> {
                        new PullDialog(search, bulletins, bulletin.language(), pulled -> {
                                    section.blocks.add(pulled);
                                    showSections();
                                    showPreview();
                                })
                                .open();
                    }));
            adds.addClassName("rayonne-bulletin-adds");
            adds.getChildren()
                    .forEach(c -> ((Button) c).addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY));
            card.add(adds);
        }
        return card;
    }

    private Button addButton(String label, VaadinIcon icon, Runnable add) {
        return new Button(label, icon.create(), e -> {
            add.run();
            showSections();
        });
    }

    private Component tools(Runnable up, Runnable down, Runnable remove, String removeLabel) {
        var upButton = new Button(VaadinIcon.ARROW_UP.create(), e -> change(up));
        upButton.setAriaLabel(getTranslation("newsletter.move.up"));
        var downButton = new Button(VaadinIcon.ARROW_DOWN.create(), e -> change(down));
        downButton.setAriaLabel(getTranslation("newsletter.move.down"));
        var removeButton = new Button(VaadinIcon.TRASH.create(), e -> change(remove));
        removeButton.setAriaLabel(removeLabel);
        removeButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var tools = new HorizontalLayout(upButton, downButton, removeButton);
        tools.getChildren().forEach(c -> ((Button) c)
                .addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON));
        tools.setSpacing(false);
        tools.setVisible(writable);
        return tools;
    }

    private void change(Runnable change) {
        change.run();
        showSections();
    }

    private static <T> void move(List<T> list, int index, int by) {
        int to = index + by;
        if (to >= 0 && to < list.size()) {
            T item = list.remove(index);
            list.add(to, item);
        }
    }

    private Component blockCard(SectionModel section, int index) {
        Block block = section.blocks.get(index);
        var card = new VerticalLayout();
        card.addClassName("rayonne-bulletin-block");
        card.setSpacing(false);
        card.setPadding(false);
        var kind = new Span(getTranslation(kindKey(block)));
        kind.addClassName("rayonne-bulletin-block-kind");
        var top = new HorizontalLayout(
                kind,
                tools(
                        () -> move(section.blocks, index, -1),
                        () -> move(section.blocks, index, 1),
                        () -> section.blocks.remove(index),
                        getTranslation("newsletter.block.remove")));
        top.setWidthFull();
        top.setJustifyContentMode(JustifyContentMode.BETWEEN);
        top.setAlignItems(Alignment.CENTER);
        card.add(top);
        if (block instanceof Block.Text t) {
            var text = new TextArea(getTranslation("newsletter.block.text.label"));
            text.setValue(t.markdown());
            text.setWidthFull();
            text.setMinHeight("7rem");
            text.setHelperText(getTranslation("newsletter.block.text.help"));
            text.setReadOnly(!writable);
            text.addValueChangeListener(e -> section.blocks.set(
                    section.blocks.indexOf(findById(section, t.id())), new Block.Text(t.id(), e.getValue())));
            card.add(text);
        } else if (block instanceof Block.KeyFigure f) {
            var number = new TextField(getTranslation("newsletter.block.figure.number"));
            number.setValue(f.number());
            number.setPlaceholder("210");
            var caption = new TextField(getTranslation("newsletter.block.figure.caption"));
            caption.setValue(f.caption());
            caption.setPlaceholder(getTranslation("newsletter.block.figure.caption.placeholder"));
            caption.setWidthFull();
            for (TextField field : List.of(number, caption)) {
                field.setReadOnly(!writable);
                field.addValueChangeListener(e -> section.blocks.set(
                        section.blocks.indexOf(findById(section, f.id())),
                        new Block.KeyFigure(
                                f.id(),
                                number.getValue().strip(),
                                caption.getValue().strip())));
            }
            var row = new HorizontalLayout(number, caption);
            row.setWidthFull();
            row.expand(caption);
            card.add(row);
        } else if (block instanceof Block.Image i) {
            var list = new PhotoList(photos);
            list.setPhotoIds(i.photoId().isEmpty() ? List.of() : List.of(i.photoId()));
            list.setEditable(writable);
            var caption = new TextField(getTranslation("newsletter.block.image.caption"));
            caption.setValue(i.caption());
            caption.setWidthFull();
            caption.setReadOnly(!writable);
            Runnable write = () -> {
                List<String> ids = list.getPhotoIds();
                section.blocks.set(
                        section.blocks.indexOf(findById(section, i.id())),
                        new Block.Image(
                                i.id(),
                                ids.isEmpty() ? "" : ids.get(ids.size() - 1),
                                caption.getValue().strip()));
            };
            list.addChangeListener(ids -> write.run());
            caption.addValueChangeListener(e -> write.run());
            var help = new Paragraph(getTranslation("newsletter.block.image.help"));
            help.addClassName("rayonne-help");
            card.add(list, caption, help);
        } else if (block instanceof Block.Pulled p) {
            Block.Excerpt e = p.excerpt();
            if (e == null || e.deleted()) {
                var gone = new Paragraph(getTranslation(
                        "newsletter.block.pulled.deleted",
                        e == null || e.title().isBlank() ? p.sourceId() : e.title()));
                gone.addClassName("rayonne-error-text");
                card.add(gone);
            } else {
                var excerptTitle = new Paragraph(e.title());
                excerptTitle.addClassName("rayonne-bulletin-excerpt-title");
                var text = new Paragraph(e.text());
                text.addClassName("rayonne-help");
                card.add(excerptTitle, text);
                if (!bulletin.frozen()) {
                    var sync = new Paragraph(getTranslation("newsletter.block.pulled.synced"));
                    sync.addClassName("rayonne-help");
                    card.add(sync);
                }
            }
        }
        return card;
    }

    private static Block findById(SectionModel section, String id) {
        return section.blocks.stream()
                .filter(b -> b.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static String kindKey(Block b) {
        if (b instanceof Block.Text) {
            return "newsletter.block.text";
        }
        if (b instanceof Block.KeyFigure) {
            return "newsletter.block.figure";
        }
        if (b instanceof Block.Image) {
            return "newsletter.block.image";
        }
        return ((Block.Pulled) b).source().key();
    }

    private static String newId() {
        return UUID.randomUUID().toString().substring(0, 12);
    }

    // ---- preview and save

    private Bulletin edited() {
        List<Section> written = sections.stream()
                .map(s -> new Section(
                        s.id,
                        s.title,
                        s.blocks.stream()
                                .filter(b -> !(b instanceof Block.Image i)
                                        || !i.photoId().isEmpty())
                                .toList()))
                .toList();
        return new Bulletin(
                bulletin.id(),
                bulletin.officeId(),
                bulletin.networkId(),
                name.getValue(),
                title.getValue(),
                date.getValue() == null ? bulletin.date() : date.getValue(),
                language.getValue() == null ? bulletin.language() : language.getValue(),
                bulletin.template(),
                written,
                bulletin.state(),
                bulletin.sentAt(),
                bulletin.createdBy(),
                bulletin.updatedAt(),
                bulletin.updatedBy(),
                bulletin.revision());
    }

    private void showPreview() {
        try {
            Bulletin shown = edited();
            var rendered = renderer.render(
                    shown,
                    new BulletinRenderer.Context(
                            bulletins.officeName(shown.officeId()),
                            settings.base(),
                            bulletins.photoTexts(shown),
                            true));
            String firstName = user.displayName().split(" ")[0];
            var values = new Personalised.Values(
                    firstName,
                    "",
                    getTranslation("newsletter.preview.business"),
                    bulletins.officeName(shown.officeId()),
                    "#",
                    "#",
                    "fr".equals(shown.language()));
            preview.setSrcdoc(new Personalised(rendered).html(values));
        } catch (RuntimeException e) {
            preview.setSrcdoc("<p style=\"font-family:sans-serif\">"
                    + org.apache.commons.text.StringEscapeUtils.escapeHtml4(getTranslation("newsletter.preview.failed"))
                    + "</p>");
        }
    }

    private void save() {
        Bulletin edited = edited();
        try {
            Bulletin saved = bulletins.update(bulletin.id(), bulletin.revision(), edited.draft());
            Notifications.success(getTranslation("newsletter.saved", saved.title()));
            show(bulletins.withCurrentExcerpts(saved));
        } catch (InvalidBulletinException e) {
            problems.setText(e.problems().stream()
                    .map(p -> getTranslation(p.key(), p.arguments().toArray()))
                    .collect(Collectors.joining(" ")));
        } catch (StaleEditException e) {
            Bulletin theirs = (Bulletin) e.current();
            new StaleEditDialog(
                            theirs.updatedBy(),
                            theirs.updatedAt(),
                            () -> {
                                bulletin = new Bulletin(
                                        edited.id(),
                                        edited.officeId(),
                                        edited.networkId(),
                                        edited.name(),
                                        edited.title(),
                                        edited.date(),
                                        edited.language(),
                                        edited.template(),
                                        edited.sections(),
                                        edited.state(),
                                        edited.sentAt(),
                                        edited.createdBy(),
                                        theirs.updatedAt(),
                                        theirs.updatedBy(),
                                        theirs.revision());
                                save();
                            },
                            () -> show(bulletins.withCurrentExcerpts(theirs)))
                    .open();
        } catch (DataAccessException e) {
            Notifications.storeError(e, getTranslation("newsletter.error.storage"));
        }
        showPreview();
    }
}
