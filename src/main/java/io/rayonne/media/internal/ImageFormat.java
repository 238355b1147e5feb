package io.rayonne.media.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The image types Rayonne accepts, recognised by their first bytes, never by the file's name. */
enum ImageFormat {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp");

    /** How many first bytes {@link #detect} needs. */
    static final int HEAD = 16;

    final String mediaType;
    final String extension;

    ImageFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    static Optional<ImageFormat> detect(byte[] head) {
        if (starts(head, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /**
     * What a refused file really is, when it is something people often pick by mistake, so the
     * message can say so; null when unknown.
     */
    static @Nullable String recognise(byte[] head) {
        if (ascii(head, 0, "GIF8")) {
            return "GIF";
        }
        if (ascii(head, 0, "%PDF")) {
            return "PDF";
        }
        if (ascii(head, 4, "ftypheic") || ascii(head, 4, "ftypheix") || ascii(head, 4, "ftypmif1")) {
            return "HEIC";
        }
        if (ascii(head, 0, "PK")) {
            return "ZIP";
        }
        String text =
                new String(head, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(java.util.Locale.ROOT);
        if (text.startsWith("<svg") || text.startsWith("<?xml")) {
            return "SVG";
        }
        if (text.startsWith("<!doctype") || text.startsWith("<html") || text.startsWith("<script")) {
            return "HTML";
        }
        return null;
    }

    private static boolean starts(byte[] head, int at, int... expected) {
        if (head.length < at + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((head[at + i] & 0xFF) != (expected[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] head, int at, String expected) {
        byte[] bytes = expected.getBytes(StandardCharsets.US_ASCII);
        return head.length >= at + bytes.length && Arrays.equals(head, at, at + bytes.length, bytes, 0, bytes.length);
    }
}
