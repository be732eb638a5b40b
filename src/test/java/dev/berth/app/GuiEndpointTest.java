package dev.berth.app;

import dev.berth.core.gateway.LocalEndpoint;
import dev.berth.core.settings.BerthHome;
import dev.berth.sim.DemoWorld;
import dev.berth.sim.store.WorldStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecs.EcsClient;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The GUI's world served to the AWS SDK: what the SDK changes, the views see, whichever world is shown. */
class GuiEndpointTest {
    private static final Instant WALL = Instant.parse("2026-11-25T09:00:00Z");

    @TempDir
    Path root;
    private WorldSwitch worlds;

    @BeforeEach
    void openTheUsersWorld() {
        BerthHome home = new BerthHome(root);
        WorldStore.OpenedWorld demo = new WorldStore().open(home.world("demo"), "demo", WALL,
                new WorldStore.NewWorld(1, true));
        worlds = new WorldSwitch(home, new WorldStore(), "demo", demo, () -> WALL);
    }

    @AfterEach
    void closeIt() {
        worlds.close();
    }

    @Test
    void theSdkAndTheViewsWorkOnTheSameWorldAndALessonsWorldWhileItIsOpen() {
        LocalEndpoint endpoint = worlds.gateway().localEndpoint().orElseThrow();
        URI uri = endpoint.start(0);

        try (EcsClient ecs = client(uri)) {
            ecs.createCluster(request -> request.clusterName("from-the-cli"));
            assertThat(worlds.gateway().ecs().describeClusters(List.of("from-the-cli")).items()).hasSize(1);
            assertThat(ecs.listClusters().clusterArns()).anyMatch(arn -> arn.endsWith("/" + DemoWorld.CLUSTER));

            worlds.enter("ecs-first-service", true);
            assertThat(ecs.listClusters().clusterArns()).as("the lesson's fresh world is served").isEmpty();
            worlds.leave();
            assertThat(ecs.listClusters().clusterArns()).hasSize(2);
        }
        endpoint.stop();
        assertThat(endpoint.running()).isEmpty();
    }

    @Test
    void startingTwiceServesOnceAndAPortInUseIsSaid() {
        LocalEndpoint endpoint = worlds.gateway().localEndpoint().orElseThrow();
        URI first = endpoint.start(0);

        assertThat(endpoint.start(0)).isEqualTo(first);
        GuiEndpoint other = new GuiEndpoint(worlds.gateway());
        assertThatThrownBy(() -> other.start(first.getPort()))
                .hasMessageContaining("Port " + first.getPort() + " on 127.0.0.1 is not free");
        endpoint.stop();
    }

    private static EcsClient client(URI uri) {
        return EcsClient.builder().endpointOverride(uri).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }
}
