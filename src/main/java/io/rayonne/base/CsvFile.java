package io.rayonne.base;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A spreadsheet saved as CSV, read as people save them: UTF-8 or the Windows encoding of French
 * Excel, semicolons or commas or tabs, quotes around fields that hold a separator, a quote or a line
 * break. The first row names the columns; rows are numbered as the spreadsheet numbers them.
 */
public record CsvFile(Charset charset, char separator, List<String> header, List<Row> rows) {

    /** The encodings offered when the one detected is wrong. */
    public static final List<Charset> CHARSETS = List.of(
            StandardCharsets.UTF_8,
            Charset.forName("windows-1252"),
            StandardCharsets.ISO_8859_1,
            StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE);
    /** The separators offered: semicolon, comma, tab, vertical bar. */
    public static final List<Character> SEPARATORS = List.of(';', ',', '\t', '|');

    public CsvFile {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** A row of values, with its number in the spreadsheet (the header is row 1). */
    public record Row(int number, List<String> values) {
        public Row {
            values = List.copyOf(values);
        }

        public String value(int column) {
            return column < values.size() ? values.get(column) : "";
        }
    }

    /** The file cannot be read as CSV at all: where, and why (in French). */
    public static class UnreadableException extends RuntimeException {
        private final int row;

        public UnreadableException(int row, String message) {
            super(message);
            this.row = row;
        }

        public int row() {
            return row;
        }
    }

    /** The encoding the bytes are most probably in: a byte-order mark, valid UTF-8, or Windows-1252. */
    public static Charset detectCharset(byte[] content) {
        if (content.length >= 3
                && (content[0] & 0xFF) == 0xEF
                && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("windows-1252");
        }
    }

    /** The separator that splits the first rows into the same number of columns, most often. */
    public static char detectSeparator(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(20).toList();
        char best = ';';
        int bestScore = -1;
        for (char candidate : SEPARATORS) {
            int first = -1;
            int consistent = 0;
            for (String line : lines) {
                int n = countOutsideQuotes(line, candidate);
                if (first < 0) {
                    first = n;
                }
                if (n > 0 && n == first) {
                    consistent++;
                }
            }
            int score = first <= 0 ? 0 : consistent * 1000 + first;
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char separator) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                n++;
            }
        }
        return n;
    }

    public static String decode(byte[] content, Charset charset) {
        String text = new String(content, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Reads the whole file; blank rows are skipped, the header's names are trimmed. */
    public static CsvFile read(byte[] content, Charset charset, char separator) {
        String text = decode(content, charset);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator)
                .setQuote('"')
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<String> header = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder()
                .setFormat(format)
                .setReader(new StringReader(text))
                .get()) {
            for (CSVRecord record : parser) {
                List<String> values = record.toList();
                if (header.isEmpty()) {
                    values.forEach(v -> header.add(v.strip()));
                    continue;
                }
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(new Row((int) record.getRecordNumber(), values));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new UnreadableException(rows.size() + 2, e.getMessage());
        }
        return new CsvFile(charset, separator, header, rows);
    }
}
