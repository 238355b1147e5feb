package io.rayonne.partners.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Office;
import io.rayonne.accounts.User;
import io.rayonne.base.Csv;
import io.rayonne.base.Languages;
import io.rayonne.base.NotFoundException;
import io.rayonne.base.StaleEditException;
import io.rayonne.base.ui.EmptyState;
import io.rayonne.base.ui.Notifications;
import io.rayonne.base.ui.PendingId;
import io.rayonne.partners.InvalidPartnerException;
import io.rayonne.partners.Partner;
import io.rayonne.partners.Partners;
import io.rayonne.partners.Recipient;
import io.rayonne.partners.Segment;
import io.rayonne.partners.SegmentCount;
import io.rayonne.partners.SegmentCriteria;
import io.rayonne.partners.Segments;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;

/**
 * The partner directory: the partners that match the criteria above, counted as a bulletin would
 * reach them; the criteria saved as a segment, or a segment opened; the contacts exported.
 */
@Route("partenaires")
@RolesAllowed({"COMMUNICATION", "ADMIN"})
@Menu(title = "menu.partners", order = 13, icon = "vaadin:handshake")
class PartnersView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "partenaires";

    private final Partners partners;
    private final Segments segments;
    private final User user;
    private final Map<String, String> officeNames;
    private final CriteriaForm criteria;
    private final Select<Segment> segment = new Select<>();
    private final Button saveSegment;
    private final Button deleteSegment;
    private final Paragraph count = new Paragraph();
    private final Grid<Partner> grid = new Grid<>();
    private final Div empty = new Div();
    private @Nullable Segment opened;

    PartnersView(Partners partners, Segments segments, Accounts accounts, CurrentUser currentUser) {
        this.partners = partners;
        this.segments = segments;
        this.user = currentUser.require();
        addClassName("rayonne-page");
        addClassName("rayonne-partners-page");
        setWidthFull();
        List<Office> readable = accounts.offices().stream()
                .filter(o -> accounts.readableOffices(user).contains(o.id()))
                .sorted(Comparator.comparing(Office::name))
                .toList();
        officeNames = readable.stream().collect(Collectors.toMap(Office::id, Office::name));
        criteria = new CriteriaForm(
                readable,
                choices(Partners.Field.TERRITORY),
                choices(Partners.Field.CITY),
                choices(Partners.Field.ROLE),
                this::refresh);

        var create = new Button(getTranslation("partners.new"), VaadinIcon.PLUS.create(), e -> open("nouveau"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var exportButton = new Button(getTranslation("partners.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] csv = event.getUI() == null ? new byte[0] : csv(event.getUI());
                    return new DownloadResponse(
                            new java.io.ByteArrayInputStream(csv),
                            "partenaires.csv",
                            "text/csv;charset=UTF-8",
                            csv.length);
                }),
                "");
        export.add(exportButton);
        export.setId("partners-export");
        var importButton =
                new Button(getTranslation("partners.import.open"), VaadinIcon.UPLOAD.create(), e -> getUI().ifPresent(
                                ui -> ui.navigate(PartnerImportView.class)));
        importButton.setId("partners-import");
        importButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var title = new H2(getTranslation("partners.title"));
        var actions = new HorizontalLayout(export, importButton, create);
        var head = new HorizontalLayout(title, actions);
        head.setWidthFull();
        head.setAlignItems(Alignment.BASELINE);
        head.setJustifyContentMode(JustifyContentMode.BETWEEN);
        head.addClassName("rayonne-toolbar");

        segment.setLabel(getTranslation("partners.segment"));
        segment.setEmptySelectionAllowed(true);
        segment.setEmptySelectionCaption(getTranslation("partners.segment.none"));
        segment.setItemLabelGenerator(s -> s == null ? getTranslation("partners.segment.none") : s.name());
        segment.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                openSegment(e.getValue());
            }
        });
        saveSegment = new Button(
                getTranslation("partners.segment.save"), VaadinIcon.BOOKMARK_O.create(), e -> askSegmentName());
        deleteSegment = new Button(getTranslation("partners.segment.delete"), e -> deleteOpened());
        deleteSegment.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var segmentRow = new FlexLayout(segment, saveSegment, deleteSegment);
        segmentRow.addClassName("rayonne-segment-row");
        segmentRow.setAlignItems(Alignment.BASELINE);

        count.setId("partners-count");
        count.addClassName("rayonne-partners-count");

        grid.setId("partners");
        grid.addColumn(Partner::name)
                .setHeader(getTranslation("partners.field.name"))
                .setFlexGrow(3);
        grid.addColumn(p -> getTranslation(p.sector().key())).setHeader(getTranslation("partners.field.sector"));
        grid.addColumn(Partner::city).setHeader(getTranslation("partners.field.city"));
        grid.addColumn(Partner::territory).setHeader(getTranslation("partners.field.territory"));
        grid.addColumn(this::membership).setHeader(getTranslation("partners.field.membership"));
        grid.addColumn(p -> p.contacts().size())
                .setHeader(getTranslation("partners.field.contacts"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        if (readable.size() > 1) {
            grid.addColumn(p -> officeNames.getOrDefault(p.officeId(), p.officeId()))
                    .setHeader(getTranslation("partners.field.office"));
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("34rem");
        grid.setPageSize(50);
        grid.addItemClickListener(e -> open(e.getItem().id()));
        empty.setWidthFull();

        add(head, segmentRow, criteria, count, grid, empty);
        loadSegments(null);
        refresh();
    }

    private List<String> choices(Partners.Field field) {
        try {
            return partners.values(field);
        } catch (DataAccessException e) {
            return List.of();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("segment").ifPresent(id -> {
            try {
                openSegment(segments.get(id));
            } catch (NotFoundException e) {
                Notifications.error(getTranslation("partners.segment.not-found"));
            }
        });
    }

    private String membership(Partner p) {
        String label = getTranslation(p.membership().key());
        return p.membershipYear() == null ? label : label + " (" + p.membershipYear() + ")";
    }

    private void open(String id) {
        getUI().ifPresent(ui -> ui.navigate(PartnerEditorView.ROUTE + "/" + id));
    }

    /** The count and the list again, for the criteria now chosen. */
    private void refresh() {
        SegmentCriteria chosen = criteria.value();
        try {
            SegmentCount c = partners.count(chosen);
            count.setText(getTranslation(
                    "partners.count",
                    c.partners(),
                    c.contacts(),
                    c.reachable(),
                    c.unsubscribed(),
                    c.suppressed(),
                    c.withoutEmail()));
            boolean none = c.partners() == 0;
            grid.setVisible(!none);
            empty.removeAll();
            empty.setVisible(none);
            if (none) {
                boolean filtered = !chosen.equals(SegmentCriteria.everyone());
                empty.add(
                        filtered
                                ? new EmptyState(
                                        VaadinIcon.FILTER,
                                        getTranslation("partners.empty.filtered.title"),
                                        getTranslation("partners.empty.filtered.text"))
                                : new EmptyState(
                                        VaadinIcon.HANDSHAKE,
                                        getTranslation("partners.empty.title"),
                                        getTranslation("partners.empty.text")));
                return;
            }
            grid.setItems(query -> partners.find(chosen, query.getPage(), query.getPageSize()).stream(), query ->
                    (int) Math.min(Integer.MAX_VALUE, partners.count(chosen).partners()));
        } catch (DataAccessException e) {
            count.setText("");
            Notifications.storeError(e, getTranslation("partners.error.storage"));
        }
    }

    // ---- segments

    private void loadSegments(@Nullable Segment select) {
        try {
            segment.setItems(segments.all());
            segment.setValue(select);
        } catch (DataAccessException e) {
            Notifications.storeError(e, getTranslation("partners.error.storage"));
        }
        showSegmentButtons();
    }

    private void openSegment(@Nullable Segment chosen) {
        opened = chosen;
        if (chosen != null) {
            criteria.setValue(chosen.criteria());
            segment.setValue(chosen);
        } else {
            criteria.setValue(SegmentCriteria.everyone());
        }
        showSegmentButtons();
        refresh();
    }

    private void showSegmentButtons() {
        boolean mine = opened != null && segments.mayWrite(opened);
        saveSegment.setText(getTranslation(mine ? "partners.segment.update" : "partners.segment.save"));
        deleteSegment.setVisible(mine);
    }

    /** Saves the criteria: over the segment opened when one is (and may be changed), as a new one otherwise. */
    private void askSegmentName() {
        if (opened != null && segments.mayWrite(opened)) {
            Segment current = opened;
            try {
                Segment saved = segments.update(current.id(), current.revision(), current.name(), criteria.value());
                opened = saved;
                loadSegments(saved);
                Notifications.success(getTranslation("partners.segment.saved", saved.name()));
            } catch (StaleEditException e) {
                Notifications.error(getTranslation("partners.segment.conflict"));
                loadSegments(segments.get(current.id()));
            } catch (DataAccessException e) {
                Notifications.storeError(e, getTranslation("partners.error.storage"));
            }
            return;
        }
        var dialog = new Dialog(getTranslation("partners.segment.save"));
        var name = new TextField(getTranslation("partners.segment.name"));
        name.setMaxLength(Segment.NAME_MAX);
        name.setWidth("min(28rem, 80vw)");
        name.setRequiredIndicatorVisible(true);
        dialog.add(name);
        // The new segment's id, from the first try until one is answered (decision 13).
        var newId = new PendingId();
        var save = new Button(getTranslation("common.save"), e -> {
            try {
                Segment saved = segments.create(
                        newId.get(() -> segments.newId(name.getValue())), name.getValue(), criteria.value());
                newId.answered();
                opened = saved;
                loadSegments(saved);
                dialog.close();
                Notifications.success(getTranslation("partners.segment.saved", saved.name()));
            } catch (InvalidPartnerException ex) {
                name.setErrorMessage(getTranslation(ex.problems().get(0).key()));
                name.setInvalid(true);
            } catch (DataAccessException ex) {
                Notifications.storeError(ex, getTranslation("partners.error.storage"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    private void deleteOpened() {
        Segment current = opened;
        if (current == null) {
            return;
        }
        try {
            segments.delete(current.id());
            Notifications.success(getTranslation("partners.segment.deleted", current.name()));
            opened = null;
            loadSegments(null);
        } catch (DataAccessException e) {
            Notifications.storeError(e, getTranslation("partners.error.storage"));
        }
    }

    // ---- export

    /** The contacts that match, one row each with their partner, for a spreadsheet. */
    private byte[] csv(com.vaadin.flow.component.UI ui) {
        byte[][] out = new byte[1][];
        ui.accessSynchronously(() -> {
            List<String> header = List.of(
                    getTranslation("partners.field.name"),
                    getTranslation("partners.field.sector"),
                    getTranslation("partners.field.office"),
                    getTranslation("partners.field.territory"),
                    getTranslation("partners.field.street"),
                    getTranslation("partners.field.postal-code"),
                    getTranslation("partners.field.city"),
                    getTranslation("partners.field.membership"),
                    getTranslation("partners.field.membership-year"),
                    getTranslation("partners.field.apidae"),
                    getTranslation("partners.contact.first-name"),
                    getTranslation("partners.contact.last-name"),
                    getTranslation("partners.contact.role"),
                    getTranslation("partners.contact.email"),
                    getTranslation("partners.contact.phone"),
                    getTranslation("partners.contact.language"),
                    getTranslation("partners.contact.state"),
                    getTranslation("partners.contact.basis"),
                    getTranslation("partners.contact.source"),
                    getTranslation("partners.contact.since"));
            List<List<String>> rows = new ArrayList<>();
            partners.forEachRecipient(criteria.value(), r -> rows.add(row(r)));
            out[0] = Csv.write(header, rows);
        });
        return out[0];
    }

    private List<String> row(Recipient r) {
        Partner p = r.partner();
        var c = r.contact();
        return List.of(
                p.name(),
                getTranslation(p.sector().key()),
                officeNames.getOrDefault(p.officeId(), p.officeId()),
                p.territory(),
                p.street(),
                p.postalCode(),
                p.city(),
                getTranslation(p.membership().key()),
                p.membershipYear() == null ? "" : String.valueOf(p.membershipYear()),
                p.apidaeId() == null ? "" : p.apidaeId(),
                c.firstName(),
                c.lastName(),
                c.role(),
                c.email(),
                c.phone(),
                c.language().isEmpty() ? "" : Languages.name(c.language(), getLocale()),
                getTranslation(c.subscription().state().key()),
                getTranslation(c.subscription().basis().key()),
                c.subscription().source(),
                c.subscription().since() == null ? "" : c.subscription().since().toString());
    }

    static QueryParameters segmentQuery(String segmentId) {
        return QueryParameters.of("segment", segmentId);
    }
}
