package io.rayonne.media.internal;

import io.rayonne.media.MediaSettings;
import io.rayonne.media.PhotoRejectedException;
import io.rayonne.media.PhotoSize;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * Photo files on disk, named by the SHA-256 of the original: {@code originals/ab/<hash>.<ext>},
 * {@code previews/ab/<hash>.jpg}, {@code thumbnails/ab/<hash>.jpg}. A file is written to a
 * temporary name first and moved into place, so a crash never leaves half a photo under its name.
 */
@Component
public class PhotoFiles {

    private final Path root;
    private final long maxBytes;
    private final long maxPixels;

    PhotoFiles(MediaSettings settings) {
        this.root = settings.directory().toAbsolutePath();
        this.maxBytes = settings.maxUpload().toBytes();
        this.maxPixels = settings.maxPixels();
    }

    /** A photo kept on disk: what its content turned out to be. */
    public record Kept(String hash, String mediaType, String extension, int width, int height, long bytes) {}

    /**
     * Receives an upload, recognises its type by content, decodes it (size checked first) and keeps
     * the original with its preview and thumbnail. Nothing is kept when it is refused.
     *
     * @throws PhotoRejectedException saying why
     */
    public Kept keep(InputStream content) {
        try (Received received = receive(content)) {
            ImageFormat format = ImageFormat.detect(received.head()).orElseThrow(() -> refusal(received.head()));
            int width;
            int height;
            if (hasCopies(received.hash())) {
                int[] size = Images.dimensions(received.file(), format);
                width = size[0];
                height = size[1];
                keepOriginal(received, format);
            } else {
                Images.Decoded decoded = Images.decode(received.file(), format, maxPixels);
                width = decoded.width();
                height = decoded.height();
                keep(received, format, decoded);
            }
            return new Kept(received.hash(), format.mediaType, format.extension, width, height, received.bytes());
        }
    }

    private static PhotoRejectedException refusal(byte[] head) {
        String actually = ImageFormat.recognise(head);
        if ("HEIC".equals(actually)) {
            return new PhotoRejectedException("media.rejected.heic");
        }
        return actually == null
                ? new PhotoRejectedException("media.rejected.not-an-image")
                : new PhotoRejectedException("media.rejected.other-type", actually);
    }

    /** An upload received in full: a temporary file, its hash, size and first bytes. */
    record Received(Path file, String hash, long bytes, byte[] head) implements AutoCloseable {
        @Override
        public void close() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Copies the upload to a temporary file while hashing it; refuses it past the size limit. */
    Received receive(InputStream in) {
        try {
            Path tmp = Files.createDirectories(root.resolve("tmp"));
            Path file = Files.createTempFile(tmp, "upload-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[ImageFormat.HEAD];
            long total = 0;
            int headLength = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) != -1; ) {
                    if (headLength < head.length) {
                        int copy = Math.min(n, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, copy);
                        headLength += copy;
                    }
                    total += n;
                    if (total > maxBytes) {
                        out.close();
                        Files.deleteIfExists(file);
                        throw new PhotoRejectedException("media.rejected.too-large", megabytes(maxBytes));
                    }
                    out.write(buffer, 0, n);
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            if (total == 0) {
                Files.deleteIfExists(file);
                throw new PhotoRejectedException("media.rejected.empty");
            }
            return new Received(
                    file, HexFormat.of().formatHex(digest.digest()), total, Arrays.copyOf(head, headLength));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    public Path path(String hash, String extension, PhotoSize size) {
        String folder =
                switch (size) {
                    case ORIGINAL -> "originals";
                    case PREVIEW -> "previews";
                    case THUMBNAIL -> "thumbnails";
                };
        String ext = size == PhotoSize.ORIGINAL ? extension : "jpg";
        return root.resolve(folder).resolve(hash.substring(0, 2)).resolve(hash + "." + ext);
    }

    boolean hasCopies(String hash) {
        return Files.exists(path(hash, "jpg", PhotoSize.PREVIEW))
                && Files.exists(path(hash, "jpg", PhotoSize.THUMBNAIL));
    }

    /** Keeps the original (unless the same content is kept already) and the copies. */
    void keep(Received received, ImageFormat format, Images.Decoded decoded) {
        try {
            moveIntoPlace(received.file(), path(received.hash(), format.extension, PhotoSize.ORIGINAL));
            writeJpeg(decoded.preview(), path(received.hash(), format.extension, PhotoSize.PREVIEW));
            writeJpeg(decoded.thumbnail(), path(received.hash(), format.extension, PhotoSize.THUMBNAIL));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The original only, when the copies exist already (the same photo uploaded again). */
    void keepOriginal(Received received, ImageFormat format) {
        try {
            moveIntoPlace(received.file(), path(received.hash(), format.extension, PhotoSize.ORIGINAL));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeJpeg(java.awt.image.BufferedImage image, Path target) throws IOException {
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path part =
                Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try {
            Images.writeJpeg(image, part);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static void moveIntoPlace(Path source, Path target) throws IOException {
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path part =
                Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try {
            Files.copy(source, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // the same content arrived twice at once: one copy is enough
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
