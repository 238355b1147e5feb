package io.rayonne.partners.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import io.rayonne.accounts.Accounts;
import io.rayonne.accounts.CurrentUser;
import io.rayonne.accounts.Office;
import io.rayonne.accounts.Role;
import io.rayonne.accounts.User;
import io.rayonne.base.Csv;
import io.rayonne.base.CsvFile;
import io.rayonne.base.ui.Dates;
import io.rayonne.base.ui.EditorSection;
import io.rayonne.base.ui.Notifications;
import io.rayonne.base.ui.UploadTexts;
import io.rayonne.partners.ApidaeImport;
import io.rayonne.partners.CsvImport;
import io.rayonne.partners.ImportField;
import io.rayonne.partners.ImportJob;
import io.rayonne.partners.ImportOptions;
import io.rayonne.partners.ImportReport;
import io.rayonne.partners.ImportRow;
import io.rayonne.partners.ImportRunningException;
import io.rayonne.partners.LegalBasis;
import io.rayonne.partners.Partner;
import io.rayonne.partners.PartnerImports;
import io.rayonne.partners.Sector;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.Charset;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;

/**
 * Partners brought in from a file: a CSV saved from a spreadsheet (its encoding and separator
 * found, each column given to a field, the first rows shown as they will be read) or an Apidae
 * export; tried without writing anything, then imported in the background with a progress bar;
 * the report names each refused row and why, and can be downloaded.
 */
@Route("partenaires/import")
@RolesAllowed({"COMMUNICATION", "ADMIN"})
class PartnerImportView extends VerticalLayout {

    static final String ROUTE = "partenaires/import";
    static final int MAX_BYTES = 30 * 1024 * 1024;
    private static final int PREVIEW_ROWS = 5;
    private static final int POLL_MS = 400;

    private final PartnerImports imports;
    private final Clock clock;
    private final User user;

    private final Paragraph fileSummary = new Paragraph();
    private final Select<Charset> charset = new Select<>();
    private final Select<Character> separator = new Select<>();
    private final FormLayout mappingForm = new FormLayout();
    private final Paragraph mappingProblem = new Paragraph();
    private final Grid<ImportRow> preview = new Grid<>();
    private final EditorSection reading;
    private final EditorSection options;
    private final Select<Office> office = new Select<>();
    private final Select<Sector> sector = new Select<>();
    private final Select<LegalBasis> basis = new Select<>();
    private final TextField source = new TextField();
    private final DatePicker since;
    private final Button dryRun = new Button();
    private final Button run = new Button();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private final Div progress = new Div(progressBar, progressText);
    private final VerticalLayout report = new VerticalLayout();

    private byte @Nullable [] content;
    private String fileName = "";
    private @Nullable CsvFile csv;
    private final Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
    private List<ImportRow> rows = List.of();
    private List<String> ignored = List.of();
    private @Nullable ImportJob job;
    private com.vaadin.flow.shared.@Nullable Registration polling;

    PartnerImportView(PartnerImports imports, Accounts accounts, CurrentUser currentUser, Clock clock) {
        this.imports = imports;
        this.clock = clock;
        this.user = currentUser.require();
        addClassName("rayonne-page");
        addClassName("rayonne-import-page");
        setWidthFull();

        var back = new RouterLink(getTranslation("partners.back"), PartnersView.class);
        var title = new H2(getTranslation("partners.import.title"));
        var intro = new Paragraph(getTranslation("partners.import.intro"));
        intro.addClassName("rayonne-help");

        var upload = new Upload(uploadHandler());
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".txt", ".json", "text/csv", "application/json");
        upload.setI18n(UploadTexts.of(
                this,
                getTranslation("partners.import.upload"),
                getTranslation("partners.import.drop"),
                getTranslation("partners.import.wrong-type"),
                MAX_BYTES,
                1));
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        fileSummary.setId("import-file");
        fileSummary.addClassName("rayonne-import-file");

        charset.setLabel(getTranslation("partners.import.charset"));
        charset.setItems(CsvFile.CHARSETS);
        charset.setItemLabelGenerator(
                c -> getTranslation("partners.import.charset." + c.name().toLowerCase()));
        charset.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                readCsv(e.getValue(), CsvFile.detectSeparator(CsvFile.decode(content(), e.getValue())));
            }
        });
        separator.setLabel(getTranslation("partners.import.separator"));
        separator.setItems(CsvFile.SEPARATORS);
        separator.setItemLabelGenerator(this::separatorName);
        separator.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                readCsv(charset.getValue(), e.getValue());
            }
        });
        var readingRow = new HorizontalLayout(charset, separator);
        readingRow.addClassName("rayonne-import-reading");
        mappingForm.setId("import-mapping");
        mappingForm.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("36em", 2),
                new FormLayout.ResponsiveStep("60em", 3));
        mappingProblem.setId("import-mapping-problem");
        mappingProblem.addClassName("rayonne-error-text");
        preview.setId("import-preview");
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        preview.setAllRowsVisible(true);
        reading = new EditorSection(
                getTranslation("partners.import.reading"),
                readingRow,
                new Paragraph(getTranslation("partners.import.mapping.help")),
                mappingForm,
                mappingProblem,
                new Paragraph(getTranslation("partners.import.preview", PREVIEW_ROWS)),
                preview);
        reading.setVisible(false);

        List<Office> writable = user.has(Role.ADMIN)
                ? accounts.offices().stream()
                        .sorted(Comparator.comparing(Office::name))
                        .toList()
                : accounts.offices().stream()
                        .filter(o -> o.id().equals(user.officeId()))
                        .toList();
        office.setLabel(getTranslation("partners.import.office"));
        office.setItems(writable);
        office.setItemLabelGenerator(Office::name);
        writable.stream()
                .filter(o -> o.id().equals(user.officeId()))
                .findFirst()
                .or(() -> writable.stream().findFirst())
                .ifPresent(office::setValue);
        office.setVisible(writable.size() > 1);
        sector.setLabel(getTranslation("partners.import.sector"));
        sector.setHelperText(getTranslation("partners.import.sector.help"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> getTranslation(s.key()));
        sector.setValue(Sector.OTHER);
        basis.setLabel(getTranslation("partners.import.basis"));
        basis.setHelperText(getTranslation("partners.import.basis.help"));
        basis.setItems(LegalBasis.values());
        basis.setItemLabelGenerator(b -> getTranslation(b.key()));
        basis.setValue(LegalBasis.LEGITIMATE_INTEREST);
        source.setLabel(getTranslation("partners.import.source"));
        source.setHelperText(getTranslation("partners.import.source.help"));
        source.setMaxLength(200);
        since = Dates.picker(getTranslation("partners.import.since"), getLocale());
        since.setValue(LocalDate.now(clock));
        var optionsForm = new FormLayout(office, sector, basis, source, since);
        optionsForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        dryRun.setText(getTranslation("partners.import.dry-run"));
        dryRun.setIcon(VaadinIcon.EYE.create());
        dryRun.setId("import-dry-run");
        dryRun.addClickListener(e -> start(true));
        run.setText(getTranslation("partners.import.run"));
        run.setIcon(VaadinIcon.UPLOAD.create());
        run.setId("import-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> start(false));
        var buttons = new HorizontalLayout(dryRun, run);
        progress.setId("import-progress");
        progress.addClassName("rayonne-import-progress");
        progress.setVisible(false);
        options = new EditorSection(
                getTranslation("partners.import.options"),
                new Paragraph(getTranslation("partners.import.options.help")),
                optionsForm,
                buttons,
                progress);
        options.setVisible(false);

        report.setId("import-report");
        report.setPadding(false);
        report.addClassName("rayonne-import-report");
        report.setVisible(false);

        add(back, title, intro, upload, fileSummary, reading, options, report);
    }

    private byte[] content() {
        return content == null ? new byte[0] : content;
    }

    private String separatorName(char c) {
        return switch (c) {
            case ';' -> getTranslation("partners.import.separator.semicolon");
            case ',' -> getTranslation("partners.import.separator.comma");
            case '\t' -> getTranslation("partners.import.separator.tab");
            default -> getTranslation("partners.import.separator.other", String.valueOf(c));
        };
    }

    // ---- the file

    private UploadHandler uploadHandler() {
        return UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> received(metadata.fileName(), bytes));
        });
    }

    private void received(String name, byte[] bytes) {
        content = bytes;
        fileName = name;
        report.setVisible(false);
        source.setValue(getTranslation("partners.import.source.default", name));
        boolean json = name.toLowerCase().endsWith(".json") || startsLikeJson(bytes);
        if (json) {
            readApidae();
        } else {
            Charset found = CsvFile.detectCharset(bytes);
            readCsv(found, CsvFile.detectSeparator(CsvFile.decode(bytes, found)));
        }
    }

    private static boolean startsLikeJson(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b == '[' || b == '{';
            }
        }
        return false;
    }

    private void readApidae() {
        csv = null;
        try {
            ApidaeImport.Read read = ApidaeImport.read(content());
            rows = read.rows();
            ignored = read.ignoredFields();
            fileSummary.setText(getTranslation("partners.import.file.apidae", fileName, number(rows.size())));
            fileSummary.getElement().removeAttribute("data-error");
            reading.setVisible(true);
            charset.getParent().ifPresent(p -> p.setVisible(false));
            mappingForm.removeAll();
            mappingForm.setVisible(false);
            mappingProblem.setVisible(!ignored.isEmpty());
            mappingProblem.setText(
                    ignored.isEmpty()
                            ? ""
                            : getTranslation("partners.import.apidae.ignored", String.join(", ", ignored)));
            mappingProblem.removeClassName("rayonne-error-text");
            showPreview(List.of(
                    ImportField.NAME,
                    ImportField.SECTOR,
                    ImportField.CITY,
                    ImportField.APIDAE_ID,
                    ImportField.CONTACT_LAST_NAME,
                    ImportField.CONTACT_EMAIL));
            options.setVisible(!rows.isEmpty());
            checkReady();
        } catch (ApidaeImport.UnreadableException e) {
            unreadable(e.getMessage());
        }
    }

    private void readCsv(Charset chosenCharset, char chosenSeparator) {
        try {
            CsvFile file = CsvFile.read(content(), chosenCharset, chosenSeparator);
            csv = file;
            charset.setValue(file.charset());
            separator.setValue(file.separator());
            charset.getParent().ifPresent(p -> p.setVisible(true));
            mapping.clear();
            mapping.putAll(CsvImport.guess(file.header()));
            fileSummary.setText(getTranslation(
                    "partners.import.file.csv",
                    fileName,
                    number(file.rows().size()),
                    file.header().size()));
            fileSummary.getElement().removeAttribute("data-error");
            showMapping(file);
            reading.setVisible(true);
            options.setVisible(!file.rows().isEmpty());
            remap();
        } catch (CsvFile.UnreadableException e) {
            unreadable(getTranslation("partners.import.unreadable.csv", e.row(), e.getMessage()));
        }
    }

    private void unreadable(String why) {
        csv = null;
        rows = List.of();
        fileSummary.setText(getTranslation("partners.import.unreadable", fileName, why));
        fileSummary.getElement().setAttribute("data-error", true);
        reading.setVisible(false);
        options.setVisible(false);
    }

    /** One choice per column: the field it fills, or nothing; an example from the first row below. */
    private void showMapping(CsvFile file) {
        mappingForm.removeAll();
        mappingForm.setVisible(true);
        for (int column = 0; column < file.header().size(); column++) {
            int c = column;
            String header = file.header().get(column);
            var choice = new Select<ImportField>();
            choice.setLabel(header.isBlank() ? getTranslation("partners.import.column", column + 1) : header);
            choice.setEmptySelectionAllowed(true);
            choice.setEmptySelectionCaption(getTranslation("partners.import.mapping.none"));
            choice.setItems(ImportField.values());
            choice.setItemLabelGenerator(
                    f -> f == null ? getTranslation("partners.import.mapping.none") : getTranslation(f.key()));
            String example = file.rows().isEmpty() ? "" : file.rows().get(0).value(column);
            if (!example.isBlank()) {
                choice.setHelperText(getTranslation("partners.import.mapping.example", shorten(example)));
            }
            mapping.entrySet().stream()
                    .filter(e -> e.getValue() == c)
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .ifPresent(choice::setValue);
            choice.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                mapping.values().removeIf(v -> v == c);
                if (e.getValue() != null) {
                    mapping.put(e.getValue(), c);
                }
                showMapping(file);
                remap();
            });
            mappingForm.add(choice);
        }
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 39) + "…" : text;
    }

    private void remap() {
        CsvFile file = csv;
        if (file == null) {
            return;
        }
        rows = CsvImport.rows(file, mapping);
        ignored = CsvImport.ignored(file.header(), mapping);
        List<ImportField> missing = CsvImport.missing(mapping);
        mappingProblem.addClassName("rayonne-error-text");
        mappingProblem.setVisible(!missing.isEmpty());
        mappingProblem.setText(missing.stream()
                .map(f -> getTranslation("partners.import.mapping.missing", getTranslation(f.key())))
                .collect(Collectors.joining(" ")));
        showPreview(mapping.keySet().stream().sorted().toList());
        checkReady();
    }

    private void showPreview(List<ImportField> fields) {
        preview.removeAllColumns();
        preview.addColumn(ImportRow::number)
                .setHeader(getTranslation("partners.import.row"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        for (ImportField f : fields) {
            preview.addColumn(r -> r.get(f)).setHeader(getTranslation(f.key()));
        }
        preview.setItems(rows.stream().limit(PREVIEW_ROWS).toList());
    }

    private void checkReady() {
        boolean ready = !rows.isEmpty()
                && (csv == null || CsvImport.missing(mapping).isEmpty())
                && (job == null || job.finished());
        dryRun.setEnabled(ready);
        run.setEnabled(ready);
    }

    // ---- the import

    private void start(boolean dry) {
        Office into = office.getValue();
        if (into == null || sector.getValue() == null || basis.getValue() == null || since.getValue() == null) {
            Notifications.error(getTranslation("partners.import.options.incomplete"));
            return;
        }
        if (basis.getValue() == LegalBasis.CONSENT && source.getValue().isBlank()) {
            source.setErrorMessage(getTranslation("partners.import.source.required"));
            source.setInvalid(true);
            return;
        }
        source.setInvalid(false);
        var chosen = new ImportOptions(
                into.id(), sector.getValue(), basis.getValue(), source.getValue(), since.getValue(), dry);
        try {
            job = imports.start(rows, chosen, ignored);
        } catch (ImportRunningException e) {
            Notifications.error(getTranslation("partners.import.busy"));
            return;
        }
        report.setVisible(false);
        progress.setVisible(true);
        progressBar.setValue(0);
        progressBar.getElement().setAttribute("aria-label", getTranslation("partners.import.progress.label"));
        progressText.setText(getTranslation("partners.import.progress", 0, number(rows.size())));
        checkReady();
        getUI().ifPresent(ui -> ui.setPollInterval(POLL_MS));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // Polled rather than pushed: the import's progress is read on each poll of the page.
        polling = event.getUI().addPollListener(e -> followJob());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    private void followJob() {
        ImportJob running = job;
        if (running == null || !progress.isVisible()) {
            return;
        }
        progressBar.setValue(running.rows() == 0 ? 1 : (double) running.done() / running.rows());
        progressText.setText(
                getTranslation("partners.import.progress", number(running.done()), number(running.rows())));
        if (!running.finished()) {
            return;
        }
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        progress.setVisible(false);
        running.report().ifPresent(this::showReport);
        running.failure().ifPresent(this::showFailure);
        checkReady();
    }

    private void showFailure(RuntimeException e) {
        report.removeAll();
        report.setVisible(true);
        ImportJob failed = job;
        int done = failed == null ? 0 : failed.done();
        String why = e instanceof ImportRunningException
                ? getTranslation("partners.import.busy")
                : io.rayonne.base.StoreStatus.isFullDisk(e)
                        ? getTranslation("partners.import.stopped.full", number(done))
                        : e instanceof DataAccessException
                                ? getTranslation("partners.import.stopped.storage", number(done))
                                : getTranslation("partners.import.stopped", number(done));
        var message = new Paragraph(why);
        message.addClassName("rayonne-error-text");
        message.setId("import-failure");
        report.add(message);
    }

    private void showReport(ImportReport r) {
        report.removeAll();
        report.setVisible(true);
        var heading = new com.vaadin.flow.component.html.H3(
                getTranslation(r.dryRun() ? "partners.import.report.dry-title" : "partners.import.report.title"));
        var summary = new Paragraph(getTranslation(
                r.dryRun() ? "partners.import.report.dry-summary" : "partners.import.report.summary",
                number(r.rows()),
                number(r.accepted()),
                number(r.created()),
                number(r.updated()),
                number(r.unchanged()),
                number(r.refused().size())));
        summary.setId("import-summary");
        report.add(heading, summary);
        if (!r.ignoredFields().isEmpty()) {
            report.add(new Paragraph(
                    getTranslation("partners.import.report.ignored", String.join(", ", r.ignoredFields()))));
        }
        if (!r.refused().isEmpty()) {
            var refusedGrid = new Grid<ImportReport.Refusal>();
            refusedGrid.setId("import-refused");
            refusedGrid
                    .addColumn(ImportReport.Refusal::row)
                    .setHeader(getTranslation("partners.import.row"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            refusedGrid
                    .addColumn(this::reasons)
                    .setHeader(getTranslation("partners.import.reasons"))
                    .setFlexGrow(3);
            refusedGrid
                    .addColumn(ImportReport.Refusal::raw)
                    .setHeader(getTranslation("partners.import.raw"))
                    .setFlexGrow(2);
            refusedGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            refusedGrid.setItems(r.refused());
            refusedGrid.setHeight(Math.min(20, r.refused().size() + 2) * 2.6 + "rem");
            byte[] bytes = refusedCsv(r);
            var download = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        return new DownloadResponse(
                                new java.io.ByteArrayInputStream(bytes),
                                "lignes-refusees.csv",
                                "text/csv;charset=UTF-8",
                                bytes.length);
                    }),
                    "");
            var downloadButton =
                    new Button(getTranslation("partners.import.report.download"), VaadinIcon.DOWNLOAD.create());
            downloadButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            download.add(downloadButton);
            download.setId("import-refused-download");
            report.add(new Paragraph(getTranslation("partners.import.report.refused-help")), refusedGrid, download);
        }
        if (!r.dryRun()) {
            report.add(new RouterLink(getTranslation("partners.import.report.open"), PartnersView.class));
        }
    }

    private String reasons(ImportReport.Refusal refusal) {
        return refusal.problems().stream().map(this::say).collect(Collectors.joining(" "));
    }

    private String say(Partner.Problem p) {
        return getTranslation(p.key(), p.arguments().toArray());
    }

    private byte[] refusedCsv(ImportReport r) {
        List<List<String>> lines = new ArrayList<>();
        for (ImportReport.Refusal refusal : r.refused()) {
            lines.add(List.of(String.valueOf(refusal.row()), reasons(refusal), refusal.raw()));
        }
        return Csv.write(
                List.of(
                        getTranslation("partners.import.row"),
                        getTranslation("partners.import.reasons"),
                        getTranslation("partners.import.raw")),
                lines);
    }

    private String number(int n) {
        return NumberFormat.getIntegerInstance(getLocale()).format(n);
    }
}
