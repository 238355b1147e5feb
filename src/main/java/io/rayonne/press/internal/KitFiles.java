package io.rayonne.press.internal;

import io.rayonne.media.MediaSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The PDF files attached to press kits, under {@code documents/} of the media directory, named by
 * the SHA-256 of their content. Written to a temporary file, checked, then moved into place.
 */
@Component
public class KitFiles {

    private static final byte[] PDF = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Path root;
    private final long maxBytes;

    KitFiles(MediaSettings settings) {
        this.root = settings.directory().toAbsolutePath().resolve("documents");
        this.maxBytes = settings.maxUpload().toBytes();
    }

    /** Why a file was not kept. */
    public enum Refusal {
        NOT_PDF,
        TOO_LARGE,
        EMPTY
    }

    /** What was kept, or why not. */
    public record Kept(String hash, long size, @org.jspecify.annotations.Nullable Refusal refusal) {
        public boolean ok() {
            return refusal == null;
        }
    }

    public Kept keep(InputStream content) {
        try {
            Files.createDirectories(root);
            Path temporary = Files.createTempFile(root, "upload-", ".part");
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                long size = 0;
                byte[] head = new byte[PDF.length];
                int headRead = 0;
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), sha)) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int n; (n = content.read(buffer)) > 0; ) {
                        if (headRead < head.length) {
                            int take = Math.min(n, head.length - headRead);
                            System.arraycopy(buffer, 0, head, headRead, take);
                            headRead += take;
                        }
                        size += n;
                        if (size > maxBytes) {
                            return new Kept("", size, Refusal.TOO_LARGE);
                        }
                        out.write(buffer, 0, n);
                    }
                }
                if (size == 0) {
                    return new Kept("", 0, Refusal.EMPTY);
                }
                if (!Arrays.equals(head, PDF)) {
                    return new Kept("", size, Refusal.NOT_PDF);
                }
                String hash = HexFormat.of().formatHex(sha.digest());
                Path target = path(hash);
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                }
                return new Kept(hash, size, null);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Path> file(String hash) {
        if (!hash.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        Path p = path(hash);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    private Path path(String hash) {
        return root.resolve(hash.substring(0, 2)).resolve(hash + ".pdf");
    }
}
