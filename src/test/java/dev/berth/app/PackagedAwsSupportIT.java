package dev.berth.app;

import dev.berth.bench.ServeProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar reaches AWS: target/berth.jar, loaded without the SDK on the class path, finds its nested AWS
 * support, copies it to the cache and lists the clusters of a {@code berth serve} (started from the same jar)
 * through an AWS profile whose endpoint_url points there, after creating one. Runs after {@code package}, in
 * {@code mvn verify}.
 */
class PackagedAwsSupportIT {
    private static final Path JAR = Path.of("target", "berth.jar");

    @TempDir
    Path dir;
    private ServeProcess serve;

    @AfterEach
    void stopServing() throws InterruptedException {
        if (serve != null) {
            serve.stop();
        }
    }

    @Test
    void thePackagedJarListsClustersThroughAnAwsProfile() throws Exception {
        assertThat(JAR).as("built by mvn package").isRegularFile();
        serve = ServeProcess.start(dir.resolve("world"), dir.resolve("serve.log"));
        Path config = dir.resolve("config");
        Files.writeString(config, "[profile local]\nregion = us-east-1\nendpoint_url = " + serve.uri() + "\n");
        Path credentials = dir.resolve("credentials");
        Files.writeString(credentials, "[local]\naws_access_key_id = test\naws_secret_access_key = test\n");
        System.setProperty("aws.configFile", config.toString());
        System.setProperty("aws.sharedCredentialsFile", credentials.toString());
        Path cache = dir.resolve("cache");
        Files.createDirectories(cache);
        Files.writeString(cache.resolve("berth-aws-0badc0de.jar"), "a copy from an older build");

        URL[] packaged = {JAR.toUri().toURL(), Path.of("target", "test-classes").toUri().toURL()};
        ClassLoader testsOwn = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader app = new URLClassLoader(packaged, ClassLoader.getPlatformClassLoader())) {
            // As in the app, whose threads' context loader has no SDK on it.
            Thread.currentThread().setContextClassLoader(app);
            assertThat(app.getResource("software/amazon/awssdk/services/ecs/EcsClient.class"))
                    .as("the SDK is not among the jar's own classes").isNull();
            Object result = app.loadClass(PackagedAwsProbe.class.getName())
                    .getMethod("loaderAndClusters", Path.class, String.class, String.class)
                    .invoke(null, cache, "local", "packaged");

            List<Object> loaderAndClusters = List.copyOf((List<?>) result);
            assertThat(loaderAndClusters.get(0)).as("the class loader of the nested jar").isEqualTo("berth-aws");
            assertThat(loaderAndClusters.subList(1, loaderAndClusters.size())).as("created, then listed")
                    .singleElement().asString().endsWith(":cluster/packaged");
        } finally {
            Thread.currentThread().setContextClassLoader(testsOwn);
            System.clearProperty("aws.configFile");
            System.clearProperty("aws.sharedCredentialsFile");
        }
        try (var copies = Files.list(cache)) {
            assertThat(copies.map(file -> file.getFileName().toString()).toList())
                    .as("the nested jar copied once, the older build's copy removed")
                    .singleElement().asString().matches("berth-aws-[0-9a-f]{8}\\.jar");
        }
    }
}
