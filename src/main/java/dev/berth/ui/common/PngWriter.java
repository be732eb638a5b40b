package dev.berth.ui.common;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes a JavaFX image as a PNG (8-bit RGBA, no filtering). javax.imageio needs java.desktop and javafx-swing,
 * which a headless classpath run does not have; a PNG is only a header and three checksummed chunks.
 */
public final class PngWriter {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int BIT_DEPTH = 8;
    private static final int COLOUR_TYPE_RGBA = 6;

    private PngWriter() {
    }

    public static void write(Image image, Path file) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream headerData = new DataOutputStream(header);
            headerData.writeInt(width);
            headerData.writeInt(height);
            headerData.write(new byte[] {BIT_DEPTH, COLOUR_TYPE_RGBA, 0, 0, 0});
            chunk(out, "IHDR", header.toByteArray());
            chunk(out, "IDAT", compressedScanlines(image.getPixelReader(), width, height));
            chunk(out, "IEND", new byte[0]);
        }
    }

    private static byte[] compressedScanlines(PixelReader pixels, int width, int height) throws IOException {
        byte[] bgra = new byte[width * 4];
        byte[] line = new byte[1 + width * 4];
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(compressed)) {
            for (int y = 0; y < height; y++) {
                pixels.getPixels(0, y, width, 1, PixelFormat.getByteBgraInstance(), bgra, 0, width * 4);
                line[0] = 0; // filter type None
                for (int x = 0; x < width; x++) {
                    line[1 + x * 4] = bgra[x * 4 + 2];
                    line[2 + x * 4] = bgra[x * 4 + 1];
                    line[3 + x * 4] = bgra[x * 4];
                    line[4 + x * 4] = bgra[x * 4 + 3];
                }
                deflater.write(line);
            }
        }
        return compressed.toByteArray();
    }

    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        DataOutputStream chunk = new DataOutputStream(out);
        chunk.writeInt(data.length);
        chunk.write(typeBytes);
        chunk.write(data);
        chunk.writeInt((int) crc.getValue());
    }
}
