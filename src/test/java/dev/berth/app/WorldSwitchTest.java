package dev.berth.app;

import dev.berth.core.gateway.ClockSpeed;
import dev.berth.core.gateway.Connection;
import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.EcsInventory;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.settings.BerthHome;
import dev.berth.sim.store.WorldStore;
import dev.berth.training.LessonCatalog;
import dev.berth.training.LessonRun;
import dev.berth.training.PracticeWorld;
import dev.berth.training.Training;
import dev.berth.training.TrainingProgress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Practice worlds on disk: the views' one gateway follows the app from the user's world to a lesson's and back. */
class WorldSwitchTest {
    private static final Instant WALL = Instant.parse("2026-11-25T09:00:00Z");

    @TempDir
    Path root;
    private BerthHome home;
    private WorldSwitch worlds;

    @BeforeEach
    void openTheUsersWorld() {
        home = new BerthHome(root);
        WorldStore.OpenedWorld demo = new WorldStore().open(home.world("demo"), "demo", WALL,
                new WorldStore.NewWorld(1, true));
        worlds = new WorldSwitch(home, new WorldStore(), "demo", demo, () -> WALL);
    }

    @AfterEach
    void closeIt() {
        worlds.close();
    }

    @Test
    void enteringALessonSwitchesTheGatewayTheViewsHoldToAnEmptyWorldOfItsOwn() {
        EcsGateway viewsGateway = worlds.gateway().ecs();
        assertThat(clusterNames(viewsGateway)).containsExactly("DemoCluster");

        PracticeWorld world = worlds.enter("ecs-first-service", false);

        assertThat(world.name()).isEqualTo("lesson-ecs-first-service");
        assertThat(world.created()).isTrue();
        assertThat(world.gateway()).isSameAs(worlds.gateway());
        assertThat(clusterNames(viewsGateway)).isEmpty();
        assertThat(home.world("lesson-ecs-first-service")).isDirectory();
    }

    @Test
    void leavingGoesBackToTheUsersWorldAndALessonWorldIsKeptForNextTime() {
        worlds.enter("ecs-first-service", false);
        worlds.gateway().ecs().createCluster(CreateClusterRequest.named("DemoCluster"));
        worlds.gateway().ecs().createCluster(CreateClusterRequest.named("practice"));

        worlds.leave();
        assertThat(clusterNames(worlds.gateway().ecs())).containsExactly("DemoCluster");
        PracticeWorld again = worlds.enter("ecs-first-service", false);

        assertThat(again.created()).isFalse();
        assertThat(clusterNames(worlds.gateway().ecs())).containsExactlyInAnyOrder("DemoCluster", "practice");
    }

    @Test
    void aFreshWorldThrowsAwayWhatWasThereEvenWhileItIsOpen() {
        worlds.enter("ecs-first-service", false);
        worlds.gateway().ecs().createCluster(CreateClusterRequest.named("practice"));

        PracticeWorld fresh = worlds.enter("ecs-first-service", true);

        assertThat(fresh.created()).isTrue();
        assertThat(clusterNames(worlds.gateway().ecs())).isEmpty();
    }

    @Test
    void theClockTheStatusBarHoldsMovesTheCurrentWorldAndKeepsItsSpeed() {
        worlds.gateway().simulationClock().orElseThrow().setSpeed(ClockSpeed.X10);
        worlds.enter("ecs-rolling-updates", false);
        Instant before = worlds.gateway().simulationClock().orElseThrow().now();

        worlds.gateway().simulationClock().orElseThrow().step(Duration.ofMinutes(5));

        assertThat(worlds.gateway().simulationClock().orElseThrow().now()).isEqualTo(before.plusSeconds(300));
        assertThat(worlds.gateway().simulationClock().orElseThrow().speed()).isEqualTo(ClockSpeed.X10);
    }

    @Test
    void gatewayFailuresComeThroughAsTheyAre() {
        worlds.enter("ecs-first-service", false);

        assertThatThrownBy(() -> worlds.gateway().ecs().describeServices("nowhere", List.of("web")))
                .isInstanceOf(GatewayException.class)
                .satisfies(e -> assertThat(((GatewayException) e).errorCode()).isEqualTo("ClusterNotFoundException"));
    }

    @Test
    void aLessonOpenedThroughTrainingIsSetUpInItsOwnWorldAndSurvivesAReopen() {
        TrainingProgress progress = TrainingProgress.open(TrainingProgress.fileIn(home), WALL);
        Training training = new Training(LessonCatalog.load(), progress, worlds);
        LessonRun run = training.open(training.lesson("ecs-stuck-rollout").orElseThrow());
        assertThat(run.check().currentStep()).isZero();
        run.showMe();
        training.close(run);
        worlds.close();

        WorldStore.OpenedWorld demo = new WorldStore().open(home.world("demo"), "demo", WALL,
                new WorldStore.NewWorld(1, true));
        worlds = new WorldSwitch(home, new WorldStore(), "demo", demo, () -> WALL);
        Training reopened = new Training(LessonCatalog.load(), TrainingProgress.open(TrainingProgress.fileIn(home),
                WALL), worlds);
        LessonRun again = reopened.open(reopened.lesson("ecs-stuck-rollout").orElseThrow());

        assertThat(again.check().currentStep()).isEqualTo(1);
        assertThat(new EcsInventory(worlds.gateway().ecs()).services("DemoCluster"))
                .extracting(service -> service.deploymentConfiguration().maximumPercent()).containsExactly(200);
    }

    @Test
    void awsSupportIsFoundWhenFirstNeeded() {
        assertThat(worlds.regions()).as("from the SDK's metadata, loaded now").contains("us-east-1", "eu-west-1");
    }

    @Test
    void withoutAwsSupportTheWorldsAreStillOfferedAndAwsIsRefusedWithTheReason() {
        worlds.close();
        WorldStore.OpenedWorld demo = new WorldStore().open(home.world("demo"), "demo", WALL,
                new WorldStore.NewWorld(1, true));
        int[] attempts = {0};
        worlds = new WorldSwitch(home, new WorldStore(), "demo", demo, () -> WALL, () -> {
            attempts[0]++;
            throw new GatewayException("AwsSupportUnavailable", "Berth's AWS support could not be loaded", false);
        });
        assertThat(attempts[0]).as("nothing loaded by starting on a world").isZero();

        assertThat(worlds.available()).containsExactly(Connection.simulator("demo"));
        assertThat(worlds.regions()).isEmpty();
        assertThatThrownBy(() -> worlds.connect(new Connection(Connection.Kind.AWS_PROFILE, "dev", "eu-west-1",
                "access keys"))).isInstanceOf(GatewayException.class).hasMessageContaining("could not be loaded");
        assertThat(worlds.current()).isEqualTo(Connection.simulator("demo"));
        assertThat(attempts[0]).as("tried again each time, in case the cause was mended").isEqualTo(3);
    }

    private static List<String> clusterNames(EcsGateway ecs) {
        return new EcsInventory(ecs).clusters().stream().filter(c -> "ACTIVE".equals(c.status()))
                .map(Cluster::clusterName).toList();
    }
}
