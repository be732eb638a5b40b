package dev.berth.app;

import dev.berth.contract.LocalAws;
import dev.berth.core.gateway.Connection;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.EcsFixture;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import dev.berth.ui.handles.ClusterTableHandle;
import dev.berth.ui.handles.ConnectionHandle;
import dev.berth.ui.handles.DialogHandle;
import dev.berth.ui.handles.MainWindowHandle;
import dev.berth.ui.handles.ServicesHandle;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From the simulator to an AWS profile of {@code ~/.aws} whose {@code endpoint_url} points at an AWS endpoint on
 * this machine: the views show that account's clusters, the status bar its account and region instead of the
 * clock, and writes are off until turned on for the profile.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectionsGuiTest {
    private static final Instant WALL = Instant.parse("2026-11-25T09:00:00Z");

    @TempDir
    static Path root;
    private static Simulator remote;
    private static LocalAws endpoint;
    private TestApp app;

    @BeforeAll
    static void anAccountElsewhere() throws IOException {
        remote = Simulator.create(WorldSettings.of("remote", 5, WALL), CommandJournal.none());
        remote.ecs().createCluster(CreateClusterRequest.named("remote-cluster"));
        remote.ecs().registerTaskDefinition(new RegisterTaskDefinitionRequest("web", "awsvpc", List.of("FARGATE"),
                "256", "512", null, null, List.of(new ContainerDefinition("web", "nginxdemos/hello", null, null, null,
                true, List.of(), List.of(), List.of(), null)), List.of()));
        remote.ecs().createService(new CreateServiceRequest("remote-cluster", "web", "web", 1, "FARGATE", List.of(),
                null, EcsFixture.NETWORK, null, null, List.of()));
        endpoint = LocalAws.serve(remote.ecs(), false);
        Path config = root.resolve("aws-config");
        Files.writeString(config, "[profile local]\nregion = us-east-1\nendpoint_url = " + endpoint.endpoint().uri()
                + "\n");
        Path credentials = root.resolve("aws-credentials");
        Files.writeString(credentials, "[local]\naws_access_key_id = test\naws_secret_access_key = test\n");
        System.setProperty("aws.configFile", config.toString());
        System.setProperty("aws.sharedCredentialsFile", credentials.toString());
    }

    @AfterAll
    static void closeTheAccount() {
        System.clearProperty("aws.configFile");
        System.clearProperty("aws.sharedCredentialsFile");
        endpoint.close();
    }

    @Start
    void start(Stage stage) {
        app = TestApp.open(stage, root, WALL);
    }

    @AfterEach
    void closeTheWorld() {
        app.close();
    }

    @Test
    void switchingToAProfileShowsItsClustersItsAccountAndStartsReadOnlyAndAsksBeforeScalingToZero(FxRobot robot) {
        ClusterTableHandle clusters = new ClusterTableHandle(robot);
        ConnectionHandle connection = new ConnectionHandle(robot);
        assertThat(clusters.names()).containsExactly("DemoCluster");
        assertThat(connection.clockShown()).isTrue();
        assertThat(connection.accountShown()).isFalse();

        connection.connectTo("local");

        assertThat(clusters.names()).containsExactly("remote-cluster");
        assertThat(new MainWindowHandle(robot).backend()).isEqualTo("AWS · local · us-east-1");
        assertThat(connection.account()).isEqualTo("Account 123456789012 · us-east-1");
        assertThat(connection.clockShown()).isFalse();
        assertThat(connection.writes()).isEqualTo("Read-only");
        assertThat(robot.lookup("#clusters-create").query().isDisabled()).isTrue();
        app.snapshot(robot, "connections.png");

        connection.allowWrites();
        assertThat(connection.writes()).isEqualTo("Writes on");
        assertThat(robot.lookup("#clusters-create").query().isDisabled()).isFalse();
        new MainWindowHandle(robot).goTo("services");
        DialogHandle update = new ServicesHandle(robot).startUpdate("web");
        update.type("service-desired-count", "0");
        assertThat(update.canSubmit()).as("scaling to zero waits for the name").isFalse();
        update.type("service-confirm-name", "web");
        assertThat(update.canSubmit()).isTrue();
        update.cancel();

        connection.connectTo("demo");
        new MainWindowHandle(robot).goTo("clusters");
        assertThat(clusters.names()).containsExactly("DemoCluster");
        assertThat(connection.clockShown()).isTrue();
        assertThat(robot.lookup("#clusters-create").query().isDisabled()).isFalse();
    }

    @Test
    void theLastAwsConnectionIsOfferedInItsRegionAndReopensReadOnly(FxRobot robot) {
        ClusterTableHandle clusters = new ClusterTableHandle(robot);
        ConnectionHandle connection = new ConnectionHandle(robot);
        Connection last = new Connection(Connection.Kind.AWS_PROFILE, "local", "us-east-1", "access keys");

        robot.interact(() -> app.window().offerConnection(last));

        @SuppressWarnings("unchecked")
        ListView<Connection> list = robot.lookup("#connections-list").queryAs(ListView.class);
        assertThat(list.getSelectionModel().getSelectedItem().name()).isEqualTo("local");
        assertThat(clusters.names()).as("nothing changes before Connect").containsExactly("DemoCluster");
        robot.clickOn("#dialog-submit");

        assertThat(clusters.names()).containsExactly("remote-cluster");
        assertThat(connection.writes()).isEqualTo("Read-only");
    }
}
