package dev.berth.app;

import dev.berth.core.gateway.AwsConnections;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.settings.CacheFiles;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Loads the app's AWS support (the SDK and the gateway on it) when AWS is first used. Run from Maven it is on the
 * class path. In the packaged jar it is a jar of its own, {@value #NESTED}: the SDK's 36,000 classes among the app's
 * would make every start read a central directory four times the size, in both the launching JVM and the app's
 * (about 0.15 s of a cold start on a two-core machine). That jar is copied once into the cache folder, named by
 * its checksum, and loaded from there by a class loader of its own whose parent is the app's.
 */
final class AwsLoader {
    static final String IMPLEMENTATION = "dev.berth.aws.AwsProfiles";
    static final String NESTED = "aws/berth-aws.jar";
    private static final String NAME = "berth-aws-";
    private static final String ERROR_CODE = "AwsSupportUnavailable";

    private final Path cache;
    private final ClassLoader app;

    AwsLoader(Path cache) {
        this(cache, AwsLoader.class.getClassLoader());
    }

    /** Loads through {@code app}, the loader that holds the app's own classes. */
    AwsLoader(Path cache, ClassLoader app) {
        this.cache = cache;
        this.app = app;
    }

    /** The AWS connections; throws {@link GatewayException} saying why if this build or machine cannot load them. */
    AwsConnections load() {
        try {
            return create(Class.forName(IMPLEMENTATION, true, app));
        } catch (ClassNotFoundException notOnTheClassPath) {
            URL nested = app.getResource(NESTED);
            if (nested == null) {
                throw new GatewayException(ERROR_CODE, "This build of Berth has no AWS support: neither "
                        + IMPLEMENTATION + " nor " + NESTED + " is in it. Build it with mvn package.", false);
            }
            try {
                URLClassLoader loader = new URLClassLoader("berth-aws", new URL[] {copied(nested).toUri().toURL()},
                        app);
                return create(Class.forName(IMPLEMENTATION, true, loader));
            } catch (IOException | ClassNotFoundException e) {
                throw new GatewayException(ERROR_CODE, "Berth's AWS support could not be loaded from " + cache
                        + " (" + e.getMessage() + "). Check that the folder is writable and has room.", false, e);
            }
        }
    }

    /** The nested jar's copy in the cache, made if missing; copies of other builds are removed. */
    Path copied(URL nested) throws IOException {
        URLConnection connection = nested.openConnection();
        connection.setUseCaches(false);
        if (!(connection instanceof JarURLConnection entry)) {
            throw new IOException(nested + " is not inside a jar");
        }
        // Not cached by the connection, so closing it here leaves no second handle on Berth's jar open.
        try (JarFile jar = entry.getJarFile()) {
            JarEntry nestedJar = entry.getJarEntry();
            // The checksum is in the jar's directory, so knowing which copy is current costs nothing.
            Path copy = cache.resolve(NAME + HexFormat.of().toHexDigits((int) nestedJar.getCrc()) + ".jar");
            if (!Files.isRegularFile(copy)) {
                try (InputStream content = jar.getInputStream(nestedJar)) {
                    CacheFiles.copy(content, copy);
                }
            }
            removeOtherCopies(copy);
            return copy;
        }
    }

    private void removeOtherCopies(Path keep) throws IOException {
        try (var files = Files.list(cache)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(NAME) && name.endsWith(".jar") && !file.equals(keep)) {
                    deleteIfUnused(file);
                }
            }
        }
    }

    private static void deleteIfUnused(Path copy) {
        try {
            // A Berth still running on it keeps reading its open file on Linux and macOS.
            Files.deleteIfExists(copy);
        } catch (IOException inUse) {
            // Where an open file cannot be deleted, a later run removes it.
        }
    }

    private static AwsConnections create(Class<?> implementation) {
        try {
            return (AwsConnections) implementation.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new GatewayException(ERROR_CODE, "Berth's AWS support is broken: " + e, false, e);
        }
    }
}
