package com.mockmate.profile.api;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Images made in memory for upload tests, among them a JPEG carrying an EXIF GPS position as phones write it. */
final class TestImages {

    /** The latitude reference and the marker the EXIF block carries, to look for in stored bytes. */
    static final String GPS_MARKER = "GPS-MARKER-52N13E";

    private TestImages() {}

    static byte[] png(int width, int height, boolean alpha) {
        var image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(alpha ? new Color(30, 90, 200, 128) : new Color(30, 90, 200));
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        return write(image, "png");
    }

    static byte[] jpeg(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(200, 120, 40));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return write(image, "jpeg");
    }

    /**
     * A JPEG with an APP1 EXIF segment right after SOI: a TIFF header, IFD0 with the GPS IFD pointer (tag 0x8825),
     * and a GPS IFD with GPSLatitudeRef "N" and an ImageDescription-like ASCII value holding {@link #GPS_MARKER}.
     */
    static byte[] jpegWithGps(int width, int height) {
        var plain = jpeg(width, height);
        var tiff = ByteBuffer.allocate(200).order(ByteOrder.BIG_ENDIAN);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        // IFD0 at 8: one entry, GPSInfo -> offset 26
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26);
        tiff.putInt(0);
        // GPS IFD at 26: GPSLatitudeRef "N", and a GPSAreaInformation (0x001C, UNDEFINED) with the marker
        var marker = GPS_MARKER.getBytes(StandardCharsets.US_ASCII);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        tiff.putShort((short) 0x001C).putShort((short) 7).putInt(marker.length).putInt(56);
        tiff.putInt(0);
        tiff.put(marker);
        var tiffBytes = java.util.Arrays.copyOf(tiff.array(), tiff.position());
        var exif = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int segmentLength = 2 + exif.length + tiffBytes.length;
        var out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(segmentLength >> 8);
        out.write(segmentLength & 0xFF);
        out.writeBytes(exif);
        out.writeBytes(tiffBytes);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
