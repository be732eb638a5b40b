package dev.berth.ui.services;

import dev.berth.app.SimulatorBackend;
import dev.berth.core.model.CreateListenerRequest;
import dev.berth.core.model.CreateTargetGroupRequest;
import dev.berth.core.model.ElbAction;
import dev.berth.core.model.ListTasksRequest;
import dev.berth.core.model.LoadBalancer;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.Task;
import dev.berth.core.model.UpdateServiceRequest;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.DemoWorld;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import dev.berth.ui.handles.ClockHandle;
import dev.berth.ui.handles.MainWindowHandle;
import dev.berth.ui.handles.ServicesHandle;
import dev.berth.ui.shell.MainWindow;
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
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The hands-on lab's last step by clicking: nginxdemos-hello behind DemoALBForECS, and its targets' health. */
@ExtendWith(ApplicationExtension.class)
class LoadBalancingGuiTest {
    @TempDir
    Path settings;
    private Simulator simulator;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        simulator = Simulator.create(new WorldSettings("lab", 42, Instant.parse("2026-03-01T09:00:00Z"),
                "us-east-1", "123456789012"), CommandJournal.none());
        DemoWorld.populate(simulator.ecs());
        DemoWorld.addLoadBalancer(simulator.elb());
        simulator.advanceBy(Duration.ofMinutes(3));
        window = TestWindow.open(stage, new SimulatorBackend(simulator, new SteppedClock(simulator)), settings);
    }

    @Test
    void aServiceCreatedBehindTheLabsTargetGroupShowsItsTasksHealthyTargets(FxRobot robot) throws IOException {
        new MainWindowHandle(robot).goTo("services");
        ServicesHandle services = new ServicesHandle(robot);

        services.startCreate("web", DemoWorld.FAMILY, 2, "")
                .paste("service-subnets", String.join(", ", DemoWorld.SUBNETS))
                .choose("service-target-group", DemoWorld.TARGET_GROUP)
                .submit();
        assertThat(services.row("web").taskDefinitionProperty().get()).isEqualTo(DemoWorld.FAMILY + ":1");

        new ClockHandle(robot).advance(Duration.ofMinutes(3));
        List<String> taskIds = simulator.ecs().describeTasks(DemoWorld.CLUSTER, simulator.ecs().listTasks(
                        ListTasksRequest.of(DemoWorld.CLUSTER, null)).items()).items().stream()
                .filter(t -> "service:web".equals(t.group())).map(Task::taskId).toList();
        services.select("web");
        assertThat(services.targets()).hasSize(2).allSatisfy(target -> {
            assertThat(target.state()).isEqualTo("healthy");
            assertThat(target.task()).isIn(taskIds);
        });
        assertThat(services.events()).first().asString()
                .isEqualTo("(service web) has reached a steady state.");

        simulator.ecs().updateService(UpdateServiceRequest.desiredCount(DemoWorld.CLUSTER, "web", 1));
        new ClockHandle(robot).advance(Duration.ofMinutes(1));
        services.select("web");
        assertThat(services.targets()).extracting(TargetRow::state).containsExactlyInAnyOrder("healthy", "draining");
        assertThat(services.targets()).filteredOn(t -> "draining".equals(t.state())).singleElement()
                .satisfies(t -> assertThat(t.description()).isEqualTo("Target deregistration is in progress"));

        TargetGroup green = greenTargetGroup();
        services.startUpdate("web").choose("service-target-group", "tg-green").submit();
        assertThat(simulator.ecs().describeServices(DemoWorld.CLUSTER, List.of("web")).items().get(0)
                .loadBalancers()).extracting(LoadBalancer::targetGroupArn).containsExactly(green.targetGroupArn());
        new ClockHandle(robot).advance(Duration.ofMinutes(3));
        services.select("web");
        assertThat(services.targets()).filteredOn(t -> "healthy".equals(t.state())).singleElement()
                .satisfies(t -> assertThat(t.targetGroupProperty().get()).isEqualTo("tg-green"));

        String pictures = System.getProperty("berth.snapshots");
        if (pictures != null) {
            services.targets();
            robot.interact(() -> {
                try {
                    ViewSnapshots.write(window.scene(), Path.of(pictures).resolve("load-balancing.png"));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    /** A second target group on the lab's load balancer, its listener on port 8080. */
    private TargetGroup greenTargetGroup() {
        String alb = simulator.elb().describeTargetGroups(null, null, List.of(DemoWorld.TARGET_GROUP)).get(0)
                .loadBalancerArns().get(0);
        TargetGroup green = simulator.elb().createTargetGroup(CreateTargetGroupRequest.of("tg-green", "HTTP", 80,
                null, "ip"));
        simulator.elb().createListener(new CreateListenerRequest(alb, "HTTP", 8080,
                List.of(ElbAction.forward(green.targetGroupArn()))));
        return green;
    }
}
