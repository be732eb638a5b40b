package dev.berth.ui.rollout;

import dev.berth.app.SimulatorBackend;
import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.EcsInventory;
import dev.berth.core.model.AwsVpcConfiguration;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.DeploymentCircuitBreaker;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.NetworkConfiguration;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceEvent;
import dev.berth.core.model.Task;
import dev.berth.core.rollout.SchedulerPhases;
import dev.berth.core.rollout.TaskPhase;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import dev.berth.ui.handles.ClockHandle;
import dev.berth.ui.handles.DeploymentTimelineHandle;
import dev.berth.ui.handles.MainWindowHandle;
import dev.berth.ui.handles.ServicesHandle;
import dev.berth.ui.handles.TableHandle;
import dev.berth.ui.testing.SteppedClock;
import dev.berth.ui.testing.TestWindow;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline against the simulator: what it draws (lanes, phases, colours, band, healthy counts, the breaker's trip)
 * is checked through its page-object handle against the simulator's own tasks and events, refresh by refresh.
 */
@ExtendWith(ApplicationExtension.class)
class DeploymentTimelineGuiTest {
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final String CLUSTER = "demo";
    @TempDir
    Path settings;
    private Simulator simulator;
    private EcsGateway ecs;

    @Start
    void start(Stage stage) {
        simulator = Simulator.create(new WorldSettings("timeline", 11, START, "us-east-1", "123456789012"),
                CommandJournal.none());
        ecs = simulator.ecs();
        ecs.createCluster(CreateClusterRequest.named(CLUSTER));
        register("nginxdemos/hello");
        register("nginxdemos/hello:0.4");
        ecs.createService(new CreateServiceRequest(CLUSTER, "web", "web:1", 4, "FARGATE", List.of(), null,
                new NetworkConfiguration(new AwsVpcConfiguration(List.of("subnet-0a1b2c3d4e5f60718"), List.of(),
                        "DISABLED")),
                new DeploymentConfiguration(50, 100, new DeploymentCircuitBreaker(true, true)), null, List.of()));
        simulator.advanceBy(Duration.ofMinutes(3));
        TestWindow.open(stage, new SimulatorBackend(simulator, new SteppedClock(simulator)), settings);
    }

    private void register(String image) {
        ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest("web", "awsvpc", List.of("FARGATE"), "256",
                "512", null, null, List.of(new ContainerDefinition("web", image, null, null, null, true,
                List.of(new PortMapping(80, null, "tcp")), List.of(), List.of(), null)), List.of()));
    }

    @BeforeEach
    void openTheService(FxRobot robot) {
        new MainWindowHandle(robot).goTo("services");
        new ServicesHandle(robot).select("web");
    }

    @Test
    void aRollingUpdateOfFourTasksIsDrawnAsTheSimulatorRunsIt(FxRobot robot) {
        DeploymentTimelineHandle timeline = new DeploymentTimelineHandle(robot).open();
        ClockHandle clock = new ClockHandle(robot);
        new ServicesHandle(robot).startUpdate("web").type("service-task-definition", "web:2").submit();
        String deployment = service().primaryDeployment().id();

        int steps = 0;
        int lowestHealthy = Integer.MAX_VALUE;
        while (!(steady() && service().taskDefinition().endsWith("web:2"))) {
            clock.stepSmall();
            Instant now = simulator.now();
            assertThat(timeline.cut()).isEqualTo(now);
            assertThat(timeline.state()).isIn("LIVE", "FINISHED");
            List<Task> tasks = tasks();
            assertThat(timeline.lanes()).extracting(l -> l.taskId())
                    .containsExactlyInAnyOrderElementsOf(tasks.stream().map(Task::taskId).toList());
            for (Task task : tasks) {
                boolean isNew = task.taskDefinitionArn().endsWith("web:2");
                assertThat(timeline.lane(task.taskId()).taskDefinition()).isEqualTo(isNew ? "web:2" : "web:1");
                assertThat(timeline.lane(task.taskId()).colour())
                        .isEqualTo(isNew ? timeline.newRevisionColour() : timeline.oldRevisionColour());
                assertThat(timeline.phaseAt(task.taskId(), now)).as("task %s at %s", task.taskId(), now)
                        .isEqualTo(SchedulerPhases.phase(task, now));
            }
            assertThat(timeline.bandAt(now).step().minimumHealthy()).isEqualTo(2);
            assertThat(timeline.bandAt(now).step().maximumTotal()).isEqualTo(4);
            int healthy = 0;
            for (String revision : List.of("web:1", "web:2")) {
                long expected = tasks.stream().filter(t -> t.taskDefinitionArn().endsWith(revision))
                        .filter(t -> SchedulerPhases.healthy(t, now)).count();
                assertThat(timeline.healthyAt(revision, now)).as("%s healthy at %s", revision, now)
                        .isEqualTo(expected);
                healthy += (int) expected;
            }
            lowestHealthy = Math.min(lowestHealthy, healthy);
            steps++;
        }

        assertThat(steps).isGreaterThanOrEqualTo(8);
        assertThat(lowestHealthy).as("the floor, reached and kept").isEqualTo(2);
        assertThat(timeline.legendColour("web:2")).isEqualTo(timeline.newRevisionColour());
        assertThat(timeline.legendColour("web:1")).isEqualTo(timeline.oldRevisionColour());
        assertThat(timeline.newRevisionColour()).isNotEqualTo(timeline.oldRevisionColour());
        assertThat(timeline.deployments().selected().deploymentIdProperty().get()).isEqualTo(deployment);
        assertThat(timeline.breakers()).isEmpty();

        ServiceEvent started = service().events().stream().filter(e -> e.message().contains("has started 2 tasks"))
                .reduce((newer, older) -> older).orElseThrow();
        timeline.clickMarker(e -> e.message().equals(started.message()) && e.at().equals(started.createdAt()));
        List<String> namedThen = service().events().stream().filter(e -> e.createdAt().equals(started.createdAt()))
                .flatMap(e -> timeline.marker(m -> m.message().equals(e.message())).event().taskIds().stream())
                .toList();
        assertThat(timeline.selectedTaskIds()).as("the tasks named by the events of that moment")
                .containsExactlyInAnyOrderElementsOf(namedThen)
                .allSatisfy(id -> assertThat(timeline.lane(id).selected()).isTrue());
        assertThat(namedThen).filteredOn(id -> started.message().contains(id)).hasSize(2);
    }

    @Test
    void anImagePullFaultTripsTheBreakerAndTheTimelineMarksTheTripAndTheFailedTasks(FxRobot robot) throws Exception {
        injectTagNotFoundThroughTheFaultsTab(robot);
        assertThat(simulator.faults().listFaults()).singleElement()
                .satisfies(f -> assertThat(f.scope().taskDefinition()).endsWith("web:2"));
        new ServicesHandle(robot).startUpdate("web").type("service-task-definition", "web:2").submit();
        String bad = service().primaryDeployment().id();
        ClockHandle clock = new ClockHandle(robot);
        for (int minute = 0; minute < 20 && !(steady() && !service().primaryDeployment().id().equals(bad));
             minute++) {
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(service().taskDefinition()).as("rolled back").endsWith("web:1");

        DeploymentTimelineHandle timeline = new DeploymentTimelineHandle(robot).open();
        timeline.selectDeployment(row -> row.deploymentIdProperty().get().equals(bad));
        assertThat(timeline.deployments().selected().rolloutStateProperty().get()).isEqualTo("FAILED");
        assertThat(timeline.state()).isEqualTo("FINISHED");
        ServiceEvent failed = service().events().stream()
                .filter(e -> e.message().contains(bad + ") deployment failed")).findFirst().orElseThrow();
        assertThat(timeline.breakers()).singleElement().satisfies(breaker -> {
            assertThat(breaker.deploymentId()).isEqualTo(bad);
            assertThat(breaker.trippedAt()).isEqualTo(failed.createdAt());
            assertThat(breaker.threshold()).isEqualTo(3);
            assertThat(breaker.steps().get(breaker.steps().size() - 1).failedTasks()).isEqualTo(3);
        });
        TimelinePicture.Marker trip = timeline.marker(e -> e.message().equals(failed.message()));
        assertThat(trip.tone()).isEqualTo(TimelinePicture.Tone.FAILURE);
        assertThat(trip.x()).isEqualTo(timeline.breakers().get(0).tripX());
        assertThat(timeline.marker(e -> e.message().contains("rolling back to deployment")).tone())
                .isEqualTo(TimelinePicture.Tone.FAILURE);
        List<TimelinePicture.Lane> failedLanes = timeline.lanes().stream().filter(l -> l.failed()).toList();
        assertThat(failedLanes).hasSizeGreaterThanOrEqualTo(3).allSatisfy(lane -> {
            assertThat(lane.taskDefinition()).isEqualTo("web:2");
            assertThat(lane.colour()).isEqualTo(timeline.newRevisionColour());
            assertThat(lane.stoppedReason()).startsWith("CannotPullContainerError");
            assertThat(lane.bars()).extracting(b -> b.phase()).doesNotContain(TaskPhase.RUNNING, TaskPhase.HEALTHY);
        });
        assertThat(timeline.hoverLane(failedLanes.get(0).taskId())).contains("TaskFailedToStart")
                .contains("CannotPullContainerError");

        timeline.scrubTo(failed.createdAt().minusSeconds(1));
        assertThat(timeline.cut()).isEqualTo(failed.createdAt().minusSeconds(1));
        assertThat(timeline.breakers()).singleElement().satisfies(b -> assertThat(b.trippedAt()).isNull());
        assertThat(timeline.markers()).noneMatch(m -> m.event().message().equals(failed.message()));

        Path exported = settings.resolve("timeline.png");
        robot.interact(() -> robot.lookup("#deployments-pane").queryAs(DeploymentsPane.class)
                .writeTimelinePng(exported));
        assertThat(Files.size(exported)).isGreaterThan(1000);
    }

    private void injectTagNotFoundThroughTheFaultsTab(FxRobot robot) {
        robot.clickOn("Faults");
        @SuppressWarnings("unchecked")
        ComboBox<Object> kind = robot.lookup("#faults-kind").queryAs(ComboBox.class);
        robot.clickOn(kind);
        robot.clickOn("Image tag not found");
        robot.clickOn("#faults-task-definition").write("web:2", 0);
        robot.clickOn("#faults-inject");
        assertThat(new TableHandle<FaultRow>(robot, "faults-table", null).rows()).singleElement()
                .satisfies(row -> assertThat(row.kind()).isEqualTo("Image tag not found"));
    }

    private Service service() {
        return ecs.describeServices(CLUSTER, List.of("web")).items().get(0);
    }

    private boolean steady() {
        Service web = service();
        return web.deployments().size() == 1 && "COMPLETED".equals(web.deployments().get(0).rolloutState())
                && web.runningCount() == web.desiredCount();
    }

    private List<Task> tasks() {
        EcsInventory inventory = new EcsInventory(ecs);
        List<Task> tasks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String desired : List.of("RUNNING", "STOPPED")) {
            inventory.tasks(CLUSTER, desired).stream().filter(t -> "service:web".equals(t.group()))
                    .filter(t -> seen.add(t.taskId())).forEach(tasks::add);
        }
        return tasks;
    }
}
