package dev.berth.sim.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteNativeLibraryTest {
    @TempDir
    Path cache;

    @Test
    void theFirstStartCopiesTheLibraryOutOfTheJarWhole() throws IOException {
        Path copy = SqliteNativeLibrary.cachedCopy(cache).orElseThrow();

        assertThat(copy.getFileName().toString()).isEqualTo(LibraryLoaderUtil.getNativeLibName());
        assertThat(copy.getParent().getFileName().toString()).startsWith("sqlite-" + SQLiteJDBCLoader.getVersion() + "-");
        assertThat(Files.readAllBytes(copy)).isEqualTo(libraryInJar());
        try (var files = Files.list(copy.getParent())) {
            assertThat(files).containsExactly(copy);
        }
    }

    @Test
    void laterStartsUseTheCopyWithoutWritingAgain() throws IOException {
        Path copy = SqliteNativeLibrary.cachedCopy(cache).orElseThrow();
        FileTime made = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
        Files.setLastModifiedTime(copy, made);

        assertThat(SqliteNativeLibrary.cachedCopy(cache)).contains(copy);
        assertThat(Files.getLastModifiedTime(copy)).isEqualTo(made);
    }

    @Test
    void aCacheThatCannotBeWrittenLeavesSqliteToItsOwnCopy() throws IOException {
        Path notAFolder = Files.writeString(cache.resolve("file"), "in the way");

        assertThat(SqliteNativeLibrary.cachedCopy(notAFolder)).isEmpty();
    }

    private static byte[] libraryInJar() throws IOException {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(LibraryLoaderUtil.getNativeLibResourcePath()
                + "/" + LibraryLoaderUtil.getNativeLibName())) {
            return in.readAllBytes();
        }
    }
}
