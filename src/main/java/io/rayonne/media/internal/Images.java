package io.rayonne.media.internal;

import io.rayonne.media.PhotoRejectedException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/** Decoding photos and writing their smaller copies, with the JDK's ImageIO and TwelveMonkeys' readers. */
final class Images {

    static final int PREVIEW_SIDE = 1_600;
    static final int THUMBNAIL_SIDE = 320;
    private static final float JPEG_QUALITY = 0.85f;

    static {
        // In a packaged application the readers of libraries (WebP) are found only after a scan.
        ImageIO.scanForPlugins();
        ImageIO.setUseCache(false);
    }

    private Images() {}

    /** The photo's size and its two smaller copies. */
    record Decoded(int width, int height, BufferedImage preview, BufferedImage thumbnail) {}

    /**
     * Reads the image at most as large as a preview needs: the size is checked before any pixel is
     * decoded (a small file may unpack into a huge image), and large photos are read subsampled.
     */
    static Decoded decode(Path file, ImageFormat format, long maxPixels) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(format.mediaType);
            if (in == null || !readers.hasNext()) {
                throw new IllegalStateException("No ImageIO reader for " + format.mediaType);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > maxPixels) {
                    throw new PhotoRejectedException(
                            "media.rejected.too-many-pixels", width, height, Math.round(maxPixels / 1_000_000.0));
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / PREVIEW_SIDE);
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                BufferedImage preview = scaled(image, PREVIEW_SIDE);
                return new Decoded(width, height, preview, scaled(preview, THUMBNAIL_SIDE));
            } finally {
                reader.dispose();
            }
        } catch (PhotoRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Broken files make decoders throw anything from IIOException to IndexOutOfBounds.
            throw new PhotoRejectedException("media.rejected.unreadable", format.name());
        }
    }

    /** Only the size, for a file already kept with its copies. */
    static int[] dimensions(Path file, ImageFormat format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader =
                    ImageIO.getImageReadersByMIMEType(format.mediaType).next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * At most {@code maxSide} pixels on the longest side, on white (a transparent PNG becomes a
     * JPEG), halving first so that large reductions stay smooth.
     */
    static BufferedImage scaled(BufferedImage source, int maxSide) {
        BufferedImage current = source;
        int longest = Math.max(source.getWidth(), source.getHeight());
        while (longest > 2 * maxSide) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
            longest /= 2;
        }
        double ratio = Math.min(1.0, (double) maxSide / Math.max(current.getWidth(), current.getHeight()));
        int width = Math.max(1, (int) Math.round(current.getWidth() * ratio));
        int height = Math.max(1, (int) Math.round(current.getHeight() * ratio));
        return draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, target.getWidth(), target.getHeight());
            g.drawImage(source, 0, 0, target.getWidth(), target.getHeight(), null);
        } finally {
            g.dispose();
        }
        return target;
    }

    static void writeJpeg(BufferedImage image, Path target) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (OutputStream file = Files.newOutputStream(target);
                ImageOutputStream out = ImageIO.createImageOutputStream(file)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
