package io.rayonne.press.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.rayonne.base.Markdown;
import io.rayonne.press.KitLabels;
import io.rayonne.press.PressKit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.text.StringEscapeUtils;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.springframework.stereotype.Component;

/**
 * A press kit as one PDF: its title, sections and photos laid out on A4 pages from HTML, then its
 * attached PDF files appended. Text is set in DejaVu Sans when the machine has it (every character
 * of French and German, narrow spaces included), otherwise in the PDF's own Helvetica.
 */
@Component
public class KitPdf {

    private static final List<Path> FONTS = Stream.of(
                    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
            .map(Path::of)
            .toList();

    /** A photo to print: its preview file, credit and caption. */
    public record PrintedPhoto(Path file, String credit, String caption) {}

    public byte[] render(
            PressKit kit,
            String language,
            String officeName,
            KitLabels labels,
            List<PrintedPhoto> photos,
            List<Path> attachments) {
        String html = html(kit, language, officeName, labels, photos);
        try {
            var laidOut = new ByteArrayOutputStream();
            var builder = new PdfRendererBuilder().useFastMode().withHtmlContent(html, null);
            FONTS.stream()
                    .filter(Files::isReadable)
                    .findFirst()
                    .ifPresent(font -> builder.useFont(font.toFile(), "Rayonne"));
            builder.toStream(laidOut).run();
            if (attachments.isEmpty()) {
                return laidOut.toByteArray();
            }
            var merger = new PDFMergerUtility();
            merger.addSource(new RandomAccessReadBuffer(laidOut.toByteArray()));
            for (Path attachment : attachments) {
                merger.addSource(attachment.toFile());
            }
            var merged = new ByteArrayOutputStream();
            merger.setDestinationStream(merged);
            merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
            return merged.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String html(
            PressKit kit, String language, String officeName, KitLabels labels, List<PrintedPhoto> photos) {
        var out = new StringBuilder();
        out.append("<!DOCTYPE html><html lang=\"").append(language).append("\"><head><meta charset=\"UTF-8\"/>");
        out.append("<title>").append(escape(kit.title(language))).append("</title><style>");
        out.append("@page { size: A4; margin: 22mm 20mm; }");
        out.append("body { font-family: 'Rayonne', Helvetica, sans-serif; font-size: 11pt; line-height: 1.45;"
                + " color: #1f2d3d; }");
        out.append(".office { color: #1d5f7a; font-size: 9pt; text-transform: uppercase; letter-spacing: 1px; }");
        out.append("h1 { font-size: 22pt; margin: 4mm 0 2mm; } h2 { font-size: 14pt; color: #1d5f7a;"
                + " margin: 8mm 0 2mm; border-bottom: 1px solid #f2a541; }");
        out.append(".note { color: #5b6775; font-size: 9pt; } figure { margin: 6mm 0; page-break-inside: avoid; }");
        out.append("img { max-width: 100%; max-height: 110mm; } figcaption { font-size: 9pt; color: #5b6775; }");
        out.append("</style></head><body>");
        out.append("<p class=\"office\">")
                .append(escape(officeName))
                .append(" · ")
                .append(escape(labels.heading()))
                .append("</p>");
        out.append("<h1>").append(escape(kit.title(language))).append("</h1>");
        if (!labels.embargoLine().isEmpty()) {
            out.append("<p class=\"note\">")
                    .append(escape(labels.embargoLine()))
                    .append("</p>");
        }
        for (PressKit.Section section : kit.sections()) {
            PressKit.Version v = section.in(language) != null ? section.in(language) : section.in(PressKit.FRENCH);
            if (v == null) {
                continue;
            }
            out.append("<h2>").append(escape(v.title())).append("</h2>");
            if (v.machine()) {
                out.append("<p class=\"note\">")
                        .append(escape(labels.machineNote()))
                        .append("</p>");
            }
            out.append(Markdown.toSafeHtml(v.body()));
        }
        for (PrintedPhoto photo : photos) {
            out.append("<figure><img src=\"")
                    .append(photo.file().toUri())
                    .append("\"/><figcaption>")
                    .append(escape(photo.caption()))
                    .append(photo.caption().isEmpty() ? "" : " · ")
                    .append(escape(labels.photoCredit()))
                    .append(' ')
                    .append(escape(photo.credit()))
                    .append("</figcaption></figure>");
        }
        out.append("</body></html>");
        return out.toString();
    }

    private static String escape(String text) {
        return StringEscapeUtils.escapeXml10(text);
    }
}
