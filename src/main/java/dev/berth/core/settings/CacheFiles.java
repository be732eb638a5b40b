package dev.berth.core.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Files Berth copies into its cache folder for later runs to use. */
public final class CacheFiles {
    private CacheFiles() {
    }

    /**
     * Copies {@code content} to {@code file} completely or not at all (a temporary file beside it, on disk before it is
     * renamed), so that a crash, a power cut or a second Berth starting meanwhile never reads half a copy.
     */
    public static void copy(InputStream content, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial");
        try {
            Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel written = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                written.force(true);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
