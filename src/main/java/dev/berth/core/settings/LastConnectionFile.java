package dev.berth.core.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.berth.core.gateway.Connection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The connection the user last chose, kept in {@code last-connection.json} so the next start offers it again: a
 * simulator world's name, or an AWS profile's name and region. A connection names no secret (credentials stay with
 * the SDK's providers), so none is ever written. A file of its own, not a member of {@link Settings}, because the
 * window saves its settings as it loaded them and would write an older connection back.
 */
public final class LastConnectionFile {
    private static final System.Logger LOG = System.getLogger(LastConnectionFile.class.getName());

    private final Path file;
    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public LastConnectionFile(Path file) {
        this.file = file;
    }

    public static LastConnectionFile in(BerthHome home) {
        return new LastConnectionFile(home.root().resolve("last-connection.json"));
    }

    /** Empty when none was chosen yet or the file cannot be read: the app then starts as it always did. */
    public Optional<Connection> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Connection loaded = json.readValue(file.toFile(), Connection.class);
            return loaded == null || loaded.kind() == null || loaded.name() == null ? Optional.empty()
                    : Optional.of(loaded);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Ignoring unreadable last connection " + file + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Writes through a temporary file and a rename; throws {@link UncheckedIOException} when it cannot. */
    public void save(Connection connection) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".tmp");
            json.writeValue(partial.toFile(), connection);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the last connection to " + file, e);
        }
    }
}
