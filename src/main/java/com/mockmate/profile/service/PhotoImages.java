package com.mockmate.profile.service;

import com.mockmate.base.error.BadRequestException;
import com.mockmate.base.error.UnsupportedMediaException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;

/**
 * Makes a stored photo out of an uploaded one. The format is decided by the file's first bytes, never by what the
 * client declares. The image is decoded to pixels and encoded anew at most {@value #MAX_SIDE} px on its longer side:
 * nothing of the upload but its pixels survives, so EXIF and XMP metadata (camera, GPS location) are gone. Images
 * with transparency become PNG, the rest JPEG.
 */
final class PhotoImages {

    static final int MAX_SIDE = 512;
    /** Larger images are refused before their pixels are decoded: a small file can claim a huge canvas. */
    static final long MAX_PIXELS = 40_000_000L;

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** A re-encoded photo. */
    record Encoded(byte[] bytes, String contentType, int width, int height) {}

    private PhotoImages() {}

    /** "jpeg", "png" or "webp" from the magic bytes; anything else is a 415. */
    static String sniff(byte[] data) {
        if (startsWith(data, JPEG)) {
            return "jpeg";
        }
        if (startsWith(data, PNG)) {
            return "png";
        }
        if (data.length >= 12
                && startsWith(data, new byte[] {'R', 'I', 'F', 'F'})
                && Arrays.equals(Arrays.copyOfRange(data, 8, 12), new byte[] {'W', 'E', 'B', 'P'})) {
            return "webp";
        }
        throw new UnsupportedMediaException("A photo must be a JPEG, PNG or WebP image.");
    }

    static Encoded reencode(byte[] data) {
        var format = sniff(data);
        var image = decode(data, format);
        var resized = resize(image);
        boolean alpha = resized.getColorModel().hasAlpha();
        return alpha ? png(resized) : jpeg(resized);
    }

    private static BufferedImage decode(byte[] data, String format) {
        var readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new UnsupportedMediaException("This server cannot read " + format.toUpperCase() + " images.");
        }
        var reader = readers.next();
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            reader.setInput(input, true, true);
            requireSensibleSize(reader);
            return reader.read(0);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadRequestException bad) {
                throw bad;
            }
            throw new BadRequestException(
                    "The photo cannot be read: the " + format.toUpperCase() + " file is damaged.");
        } finally {
            reader.dispose();
        }
    }

    private static void requireSensibleSize(ImageReader reader) throws IOException {
        long width = reader.getWidth(0);
        long height = reader.getHeight(0);
        if (width <= 0 || height <= 0 || width * height > MAX_PIXELS) {
            throw new BadRequestException("The photo is " + width + " x " + height + " px; at most "
                    + MAX_PIXELS / 1_000_000 + " megapixels.");
        }
    }

    private static BufferedImage resize(BufferedImage source) {
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        boolean alpha = source.getColorModel().hasAlpha();
        var target = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (!alpha) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static Encoded jpeg(BufferedImage image) {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var out = new ByteArrayOutputStream();
        try (var output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            var params = writer.getDefaultWriteParam();
            params.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            params.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), params);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return new Encoded(out.toByteArray(), "image/jpeg", image.getWidth(), image.getHeight());
    }

    private static Encoded png(BufferedImage image) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Encoded(out.toByteArray(), "image/png", image.getWidth(), image.getHeight());
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(Arrays.copyOf(data, prefix.length), prefix);
    }
}
