package dev.berth.core.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The settings as a JSON file. Reading never fails: a missing, unreadable or corrupt file gives the defaults,
 * because a broken preferences file must not stop the app from starting. Writing goes through a temporary file
 * and a rename, so a crash mid-write leaves the old file intact.
 */
public final class SettingsFile {
    private static final System.Logger LOG = System.getLogger(SettingsFile.class.getName());

    private final Path file;
    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public SettingsFile(Path file) {
        this.file = file;
    }

    public static SettingsFile in(BerthHome home) {
        return new SettingsFile(home.settingsFile());
    }

    public Path path() {
        return file;
    }

    public Settings load() {
        if (!Files.isRegularFile(file)) {
            return Settings.defaults();
        }
        try {
            Settings loaded = json.readValue(file.toFile(), Settings.class);
            return loaded == null ? Settings.defaults() : loaded;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Ignoring unreadable settings file " + file + ": " + e.getMessage());
            return Settings.defaults();
        }
    }

    /** Writes the settings; throws {@link UncheckedIOException} when the directory cannot be written. */
    public void save(Settings settings) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".tmp");
            json.writeValue(partial.toFile(), settings);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save settings to " + file, e);
        }
    }
}
