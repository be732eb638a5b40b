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
        Files.writeString(first, "kept");
        assertThat(loader.copied(nested(jarHolding("first build"), "again.jar"))).as("the same build's copy")
                .isEqualTo(first).hasContent("kept");

        Path second = loader.copied(nested(jarHolding("second build"), "two.jar"));
        assertThat(second).isNotEqualTo(first).hasContent("second build");
        assertThat(first).as("the older build's copy").doesNotExist();
        try (var files = Files.list(cache)) {
            assertThat(files).as("no partial copies left").containsExactly(second);
        }
    }

    @Test
    void aCacheThatCannotBeWrittenGivesAClearMessage() throws IOException {
        Path notAFolder = dir.resolve("cache");
        Files.writeString(notAFolder, "a file where the cache folder should be");
        Path outer = dir.resolve("outer.jar");
        Files.write(outer, jarHolding("a build"));
        try (URLClassLoader packaged = new URLClassLoader(new URL[] {outer.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> new AwsLoader(notAFolder, packaged).load())
                    .isInstanceOf(GatewayException.class)
                    .hasMessageContaining("AWS support could not be loaded from " + notAFolder);
        }
        assertThat(notAFolder).hasContent("a file where the cache folder should be");
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
