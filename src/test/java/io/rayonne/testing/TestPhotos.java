package io.rayonne.testing;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Photos made by the tests themselves: drawn landscapes, a WebP made by Chromium, broken files. */
public final class TestPhotos {

    private TestPhotos() {}

    /** A drawn landscape; each seed gives other pixels, so another content hash. */
    public static BufferedImage landscape(int width, int height, long seed) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x7FB8D8), 0, height, new Color(0xE9D9A8)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x3D6B35));
        g.fillRect(0, height * 2 / 3, width, height / 3);
        Random random = new Random(seed);
        for (int i = 0; i < 40; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillOval(random.nextInt(width), random.nextInt(height), width / 20 + 1, height / 20 + 1);
        }
        g.dispose();
        return image;
    }

    public static byte[] jpeg(int width, int height, long seed) {
        return encode(landscape(width, height, seed), "jpeg");
    }

    public static byte[] png(int width, int height, long seed) {
        return encode(landscape(width, height, seed), "png");
    }

    /** A 640 × 427 WebP drawn on a canvas by Chromium (the JDK cannot write WebP). */
    public static byte[] webp() {
        try (InputStream in = TestPhotos.class.getResourceAsStream("/photos/canal.webp")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG whose header claims {@code width × height} pixels and then ends: a decompression bomb's shape. */
    public static byte[] pngClaiming(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
        ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        byte[] type = "IHDR".getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(13).array());
        out.writeBytes(type);
        out.writeBytes(ihdr.array());
        var crc = new CRC32();
        crc.update(type);
        crc.update(ihdr.array());
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }

    private static byte[] encode(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
