package dev.berth.ui.autoscaling;

import dev.berth.app.SimulatorBackend;
import dev.berth.core.model.AwsVpcConfiguration;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.CustomizedMetricSpecification;
import dev.berth.core.model.KeyValuePair;
import dev.berth.core.model.NetworkConfiguration;
import dev.berth.core.model.PutScalingPolicyRequest;
import dev.berth.core.model.QueueAttributeNames;
import dev.berth.core.model.RegisterScalableTargetRequest;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.TargetTrackingScalingPolicyConfiguration;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.DemoWorld;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import dev.berth.ui.common.MasterDetail;
import dev.berth.ui.handles.AutoScalingHandle;
import dev.berth.ui.handles.ClockHandle;
import dev.berth.ui.handles.ClusterFeedHandle;
import dev.berth.ui.handles.MainWindowHandle;
import dev.berth.ui.handles.ServicesHandle;
import dev.berth.ui.shell.ViewSnapshots;
import dev.berth.ui.testing.SteppedClock;
import dev.berth.ui.testing.TestWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A queue worker service in the demo cluster (QUEUE_URL names the queue {@code jobs}), scaled on the queue's backlog
 * per task (target 100, 1 to 4 tasks): a producer spike set in its Auto scaling tab scales it out, and the cluster's
 * Event feed shows what happened.
 */
@ExtendWith(ApplicationExtension.class)
class QueueWorkerGuiTest {
    @TempDir
    Path settings;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Simulator simulator = Simulator.create(new WorldSettings("queues", 43,
                Instant.parse("2026-03-02T09:00:00Z"), "us-east-1", "123456789012"), CommandJournal.none());
        DemoWorld.populate(simulator.ecs());
        String url = simulator.sqs().createQueue("jobs", Map.of(QueueAttributeNames.VISIBILITY_TIMEOUT, "60"));
        ContainerDefinition worker = new ContainerDefinition("worker", "busybox:1.36", null, null, null, true,
                List.of(), List.of(new KeyValuePair(QueueAttributeNames.WORKER_ENVIRONMENT_VARIABLE, url)), List.of(),
                null);
        simulator.ecs().registerTaskDefinition(new RegisterTaskDefinitionRequest("worker", "awsvpc",
                List.of("FARGATE"), "256", "512", null, null, List.of(worker), List.of()));
        simulator.ecs().createService(new CreateServiceRequest(DemoWorld.CLUSTER, "worker", "worker", 1, "FARGATE",
                List.of(), null, new NetworkConfiguration(new AwsVpcConfiguration(DemoWorld.SUBNETS,
                List.of(DemoWorld.SECURITY_GROUP), "ENABLED")), null, null, List.of()));
        simulator.advanceBy(Duration.ofMinutes(3));
        simulator.scaling().registerScalableTarget(RegisterScalableTargetRequest.ecsService(DemoWorld.CLUSTER,
                "worker", 1, 4));
        simulator.scaling().putScalingPolicy(PutScalingPolicyRequest.targetTracking(DemoWorld.CLUSTER, "worker",
                "backlog100", TargetTrackingScalingPolicyConfiguration.of(CustomizedMetricSpecification
                        .backlogPerTask("jobs", DemoWorld.CLUSTER, "worker"), 100)));
        TestWindow.open(stage, new SimulatorBackend(simulator, new SteppedClock(simulator)), settings);
    }

    @Test
    void aProducerSpikeScalesTheWorkersOnBacklogPerTaskAndTheFeedTellsIt(FxRobot robot) {
        MainWindowHandle window = new MainWindowHandle(robot);
        ServicesHandle services = new ServicesHandle(robot);
        AutoScalingHandle autoScaling = new AutoScalingHandle(robot);
        window.goTo("services");
        services.select("worker");
        autoScaling.open();
        assertThat(autoScaling.queue()).isEqualTo("Works on queue jobs: 0 messages visible, 0 in flight. "
                + "Producer: none");
        // 1200 messages a minute for 20 minutes; one task processes 300 a minute, so it takes 4 to keep up.
        autoScaling.setProducerLoad("Spike", 0, 1200, 20, 300);
        assertThat(autoScaling.policies()).containsExactly("backlog100");

        new ClockHandle(robot).step("+15 min");
        assertThat(services.row("worker").desiredProperty().get()).isEqualTo(4);
        assertThat(autoScaling.activities()).containsExactly("Setting desired count to 4.");
        assertThat(autoScaling.queue()).startsWith("Works on queue jobs: ").endsWith(" in flight. Producer: spike "
                + "to 1200 messages/min for 20 min, otherwise 0 messages/min; one task processes 300 a minute");
        assertThat(autoScaling.chartSeries("backlog")).hasSize(2).last().isEqualTo("Target 100.0 (2)");
        assertThat(autoScaling.lastValue("backlog")).isGreaterThan(100);
        snapshot(robot, "queue-worker.png");

        window.goTo("clusters");
        ClusterFeedHandle feed = new ClusterFeedHandle(robot).open(DemoWorld.CLUSTER);
        assertThat(feed.messages()).anyMatch(m -> m.startsWith("Setting desired count to 4. Successfully set "
                + "desired count to 4. Change successfully fulfilled by ecs. Cause: monitor alarm "
                + "TargetTracking-service/DemoCluster/worker-AlarmHigh-"));
        assertThat(feed.messages()).contains("(service worker) has reached a steady state.");
        feed.showKind("Scaling activity");
        // The scale out, then the alarm that could not scale past the maximum.
        assertThat(feed.messages()).hasSize(2).first().asString().startsWith("Attempting to scale due to alarm "
                + "triggered. Failed to scale: AlreadyAtMaxCapacity.");
        feed.showKind("All kinds");
        snapshot(robot, "event-feed.png");
    }

    @Test
    void receiveMessagesShowsTheQueuesMessagesAndLeavesThemToTheWorkers(FxRobot robot) {
        ServicesHandle services = new ServicesHandle(robot);
        AutoScalingHandle autoScaling = new AutoScalingHandle(robot);
        new MainWindowHandle(robot).goTo("services");
        services.select("worker");
        autoScaling.open();
        autoScaling.sendMessages(12, "resize image");

        List<MessageRow> shown = autoScaling.receiveMessages();

        assertThat(shown).extracting(MessageRow::body).hasSize(10).startsWith("resize image 1", "resize image 2");
        assertThat(shown).extracting(MessageRow::receiveCount).containsOnly(1);
        assertThat(autoScaling.receiveAgain()).extracting(MessageRow::receiveCount).containsOnly(2);
        snapshotDialog(robot, "queue-messages.png");
        autoScaling.closeMessages();
        assertThat(autoScaling.queue()).startsWith("Works on queue jobs: 12 messages visible, 0 in flight.");
    }

    private void snapshotDialog(FxRobot robot, String name) {
        Path picture = Path.of("target", "screenshots", name);
        robot.interact(() -> {
            try {
                Files.createDirectories(picture.getParent());
                ViewSnapshots.write(robot.lookup("#autoscaling-messages-dialog").query().getScene(), picture);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(picture).isNotEmptyFile();
    }

    /** The README's pictures: the details given most of the window, as a user would drag the divider up. */
    private void snapshot(FxRobot robot, String name) {
        Path picture = Path.of("target", "screenshots", name);
        MasterDetail split = robot.lookup(node -> node instanceof MasterDetail && node.isVisible())
                .queryAs(MasterDetail.class);
        robot.interact(() -> {
            split.setDividerPositions(0.2);
            try {
                Files.createDirectories(picture.getParent());
                ViewSnapshots.write(stage.getScene(), picture);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(picture).isNotEmptyFile();
    }
}
