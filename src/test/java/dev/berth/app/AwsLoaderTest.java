package dev.berth.app;

import dev.berth.aws.AwsProfiles;
import dev.berth.core.gateway.GatewayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the app finds its AWS support; PackagedAwsSupportIT loads it from the real packaged jar. */
class AwsLoaderTest {
    @TempDir
    Path dir;

    @Test
    void onTheClassPathTheSdkGatewayIsUsedWhereItIs() {
        Path cache = dir.resolve("cache");

        assertThat(new AwsLoader(cache).load()).isInstanceOf(AwsProfiles.class);
        assertThat(cache).as("nothing copied").doesNotExist();
    }

    @Test
    void aBuildWithoutAwsSupportSaysSo() throws IOException {
        try (URLClassLoader bare = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> new AwsLoader(dir, bare).load()).isInstanceOf(GatewayException.class)
                    .hasMessageContaining("has no AWS support");
        }
    }

    @Test
    void theNestedJarIsCopiedOncePerBuildAndOlderCopiesGo() throws IOException {
        Path cache = dir.resolve("cache");
        AwsLoader loader = new AwsLoader(cache);

        Path first = loader.copied(nested(jarHolding("first build"), "one.jar"));
        assertThat(first).hasContent("first build");
        FileTime copiedAt = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
        Files.setLastModifiedTime(first, copiedAt);
        assertThat(loader.copied(nested(jarHolding("first build"), "again.jar"))).as("the same build's copy")
                .isEqualTo(first);
        assertThat(Files.getLastModifiedTime(first)).as("not copied again").isEqualTo(copiedAt);

        Path second = loader.copied(nested(jarHolding("second build"), "two.jar"));
        assertThat(second).isNotEqualTo(first).hasContent("second build");
        assertThat(first).as("the older build's copy").doesNotExist();
        try (var files = Files.list(cache)) {
            assertThat(files).as("no partial copies left").containsExactly(second);
        }
    }

    @Test
    void aCopyCutShortIsCopiedAgain() throws IOException {
        AwsLoader loader = new AwsLoader(dir.resolve("cache"));
        Path copy = loader.copied(nested(jarHolding("a whole build"), "one.jar"));

        Files.writeString(copy, "a who");

        assertThat(loader.copied(nested(jarHolding("a whole build"), "one.jar"))).isEqualTo(copy)
                .hasContent("a whole build");
    }

    @Test
    void partialCopiesAreRemovedOnceAbandoned() throws IOException {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Path abandoned = Files.writeString(cache.resolve("berth-aws-00000001.jar123.partial"), "half");
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path beingWritten = Files.writeString(cache.resolve("berth-aws-00000001.jar456.partial"), "half");

        Path copy = new AwsLoader(cache).copied(nested(jarHolding("a build"), "one.jar"));

        assertThat(abandoned).doesNotExist();
        assertThat(beingWritten).as("another Berth may be copying now").exists();
        assertThat(copy).hasContent("a build");
    }

    @Test
    void aJarReplacedAfterTheAppStartedIsNotMixedWithIt() throws IOException {
        Path outer = Files.write(dir.resolve("berth.jar"), jarHolding("the build that is running"));
        try (URLClassLoader packaged = new URLClassLoader(new URL[] {outer.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            AwsLoader loader = new AwsLoader(dir.resolve("cache"), packaged);
            Path upgrade = Files.write(dir.resolve("upgrade.jar"), jarHolding("a newer build"));
            Files.move(upgrade, outer, StandardCopyOption.REPLACE_EXISTING);

            assertThatThrownBy(loader::load).isInstanceOf(GatewayException.class)
                    .hasMessageContaining("Restart Berth");
        }
        assertThat(dir.resolve("cache")).as("nothing copied").doesNotExist();
    }

    @Test
    void aCacheThatCannotBeWrittenGivesAClearMessage() throws IOException {
        Path notAFolder = dir.resolve("cache");
        Files.writeString(notAFolder, "a file where the cache folder should be");
        Path outer = Files.write(dir.resolve("outer.jar"), jarHolding("a build"));
        try (URLClassLoader packaged = new URLClassLoader(new URL[] {outer.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> new AwsLoader(notAFolder, packaged).load())
                    .isInstanceOf(GatewayException.class)
                    .hasMessageContaining("AWS support could not be copied into " + notAFolder);
        }
        assertThat(notAFolder).hasContent("a file where the cache folder should be");
    }

    @Test
    void aCopyThatIsNotAJarSaysWhichFileToDelete() throws IOException {
        Path cache = dir.resolve("cache");
        Path outer = Files.write(dir.resolve("outer.jar"), jarHolding("not a jar at all"));
        try (URLClassLoader packaged = new URLClassLoader(new URL[] {outer.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> new AwsLoader(cache, packaged).load())
                    .isInstanceOf(GatewayException.class)
                    .hasMessageContaining("Delete that file").hasMessageContaining(cache.toString());
        }
    }

    /** A jar whose nested AWS jar holds {@code content}. */
    private static byte[] jarHolding(String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes)) {
            jar.putNextEntry(new JarEntry(AwsLoader.NESTED));
            jar.write(content.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return bytes.toByteArray();
    }

    private URL nested(byte[] jar, String name) throws IOException {
        Path file = Files.write(dir.resolve(name), jar);
        return URI.create("jar:" + file.toUri() + "!/" + AwsLoader.NESTED).toURL();
    }
}
