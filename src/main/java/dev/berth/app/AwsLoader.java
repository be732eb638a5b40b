package dev.berth.app;

import dev.berth.core.gateway.AwsConnections;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.settings.CacheFiles;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Loads the app's AWS support (the SDK and the gateway on it) when AWS is first used. Run from Maven it is on the
 * class path. In the packaged jar it is a jar of its own, {@value #NESTED}: with the SDK's 36,000 classes among the
 * app's, the launching JVM reads a central directory five times the size before it can load its main class (30-40 ms
 * more on a two-core machine). That jar is copied once into the cache folder, named by its checksum, and loaded from
 * there by a class loader of its own whose parent is the app's.
 */
final class AwsLoader {
    static final String IMPLEMENTATION = "dev.berth.aws.AwsProfiles";
    static final String NESTED = "aws/berth-aws.jar";
    private static final String NAME = "berth-aws-";
    private static final String ERROR_CODE = "AwsSupportUnavailable";
    /** A partial copy older than this was left by a Berth that stopped while copying. */
    private static final Duration ABANDONED = Duration.ofHours(1);

    private final Path cache;
    private final ClassLoader app;
    private final URL nested;
    private final JarStamp startedFrom;

    AwsLoader(Path cache) {
        this(cache, AwsLoader.class.getClassLoader());
    }

    /**
     * Loads through {@code app}, the loader that holds the app's own classes. Notes which jar holds the nested one
     * now, as the app starts, so that a jar replaced later (a new build, an upgrade) is not mixed with this one.
     */
    AwsLoader(Path cache, ClassLoader app) {
        this.cache = cache;
        this.app = app;
        this.nested = app.getResource(NESTED);
        this.startedFrom = nested == null ? null : JarStamp.of(nested);
    }

    /** The AWS connections; throws {@link GatewayException} saying why if this build or machine cannot load them. */
    AwsConnections load() {
        try {
            return create(Class.forName(IMPLEMENTATION, true, app));
        } catch (ClassNotFoundException notOnTheClassPath) {
            if (nested == null) {
                throw new GatewayException(ERROR_CODE, "This build of Berth has no AWS support: neither "
                        + IMPLEMENTATION + " nor " + NESTED + " is in it. Build it with mvn package.", false);
            }
            JarStamp now = JarStamp.of(nested);
            if (startedFrom != null && now != null && !startedFrom.equals(now)) {
                throw new GatewayException(ERROR_CODE, "Berth's jar was replaced after this Berth started (a new "
                        + "build?); its AWS support would not match. Restart Berth to use AWS.", false);
            }
            Path copy;
            try {
                copy = copied(nested);
            } catch (IOException e) {
                throw new GatewayException(ERROR_CODE, "Berth's AWS support could not be copied into " + cache
                        + " (" + e.getMessage() + "). Check that the folder is writable and has room.", false, e);
            }
            return loadFrom(copy);
        }
    }

    private AwsConnections loadFrom(Path copy) {
        URLClassLoader loader = null;
        try {
            loader = new URLClassLoader("berth-aws", new URL[] {copy.toUri().toURL()}, app);
            return create(Class.forName(IMPLEMENTATION, true, loader));
        } catch (IOException | ClassNotFoundException | LinkageError e) {
            close(loader);
            throw new GatewayException(ERROR_CODE, "Berth's AWS support in " + copy + " could not be loaded ("
                    + e + "). Delete that file and try again.", false, e);
        } catch (GatewayException e) {
            close(loader);
            throw e;
        }
    }

    /**
     * The nested jar's copy in the cache, made if missing or not whole; copies of other builds, and partial copies
     * abandoned by a Berth that stopped while copying, are removed.
     */
    Path copied(URL nested) throws IOException {
        URLConnection connection = nested.openConnection();
        connection.setUseCaches(false);
        if (!(connection instanceof JarURLConnection entry)) {
            throw new IOException(nested + " is not inside a jar");
        }
        // Not cached by the connection, so closing it here leaves no second handle on Berth's jar open.
        try (JarFile jar = entry.getJarFile()) {
            JarEntry nestedJar = entry.getJarEntry();
            // The checksum and size are in the jar's directory, so knowing whether a copy is current costs nothing.
            Path copy = cache.resolve(NAME + HexFormat.of().toHexDigits((int) nestedJar.getCrc()) + ".jar");
            if (!Files.isRegularFile(copy) || Files.size(copy) != nestedJar.getSize()) {
                try (InputStream content = jar.getInputStream(nestedJar)) {
                    CacheFiles.copy(content, copy);
                }
            }
            removeOtherCopies(copy);
            return copy;
        }
    }

    private void removeOtherCopies(Path keep) {
        Instant abandoned = Instant.now().minus(ABANDONED);
        try (var files = Files.list(cache)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                boolean otherBuild = name.endsWith(".jar") && !file.equals(keep);
                boolean abandonedPartial = name.endsWith(".partial")
                        && Files.getLastModifiedTime(file).toInstant().isBefore(abandoned);
                if (name.startsWith(NAME) && (otherBuild || abandonedPartial)) {
                    // A Berth still running on a copy keeps reading its open file on Linux and macOS.
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // Only tidying: where an open file cannot be deleted, a later run removes it.
        }
    }

    private static AwsConnections create(Class<?> implementation) {
        try {
            return (AwsConnections) implementation.getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            throw new GatewayException(ERROR_CODE, "Berth's AWS support is broken: " + e, false, e);
        }
    }

    private static void close(URLClassLoader loader) {
        if (loader == null) {
            return;
        }
        try {
            loader.close();
        } catch (IOException ignored) {
            // Nothing was loaded through it; the error being reported is the one that matters.
        }
    }

    /** Which file a jar is, and which version of it: a rebuilt or replaced jar differs in at least one. */
    private record JarStamp(Object fileKey, long size, FileTime modified) {
        /** Null when the jar cannot be examined: then nothing is refused for it, and copying says what is wrong. */
        static JarStamp of(URL nested) {
            try {
                URL jar = ((JarURLConnection) nested.openConnection()).getJarFileURL();
                BasicFileAttributes attributes = Files.readAttributes(Path.of(jar.toURI()),
                        BasicFileAttributes.class);
                return new JarStamp(attributes.fileKey(), attributes.size(), attributes.lastModifiedTime());
            } catch (IOException | URISyntaxException | ClassCastException | IllegalArgumentException e) {
                return null;
            }
        }
    }
}
