package dev.berth.sim.store;

import dev.berth.core.settings.CacheFiles;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * SQLite's native library, kept in Berth's cache folder. Left alone, sqlite-jdbc copies it out of the jar into
 * {@code /tmp} under a new name on every start (about 0.1 s of a cold start on a two-core machine) and leaves the
 * 1 MB copy behind whenever the process is killed. Here it is copied once per sqlite-jdbc version, completely or
 * not at all (a temporary file, then a rename), and sqlite-jdbc is pointed at it. If anything here fails, or the copy
 * cannot be loaded, sqlite-jdbc falls back to its own copy in {@code /tmp}.
 */
public final class SqliteNativeLibrary {
    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteNativeLibrary() {
    }

    /** Points sqlite-jdbc at the copy in {@code cacheDir}, made if missing; unless the user already pointed it somewhere. */
    public static void useCacheIn(Path cacheDir) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        cachedCopy(cacheDir).ifPresent(file -> {
            System.setProperty(PATH_PROPERTY, file.getParent().toString());
            System.setProperty(NAME_PROPERTY, file.getFileName().toString());
        });
    }

    /** The library for this platform in {@code cacheDir}, copied from the jar if not there yet; empty if it cannot be. */
    static Optional<Path> cachedCopy(Path cacheDir) {
        String folder = LibraryLoaderUtil.getNativeLibResourcePath();
        String name = LibraryLoaderUtil.getNativeLibName();
        // The version and platform in the folder's name: another sqlite-jdbc or platform never loads this copy.
        Path dir = cacheDir.resolve(String.join("-", "sqlite", SQLiteJDBCLoader.getVersion(),
                folder.replaceAll("^.*/native/", "").replace('/', '-')));
        Path file = dir.resolve(name);
        if (Files.isRegularFile(file)) {
            return Optional.of(file);
        }
        try (InputStream library = SQLiteJDBCLoader.class.getResourceAsStream(folder + "/" + name)) {
            if (library == null) {
                return Optional.empty();
            }
            CacheFiles.copy(library, file);
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
