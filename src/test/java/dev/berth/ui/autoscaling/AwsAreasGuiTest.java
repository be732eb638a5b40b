package dev.berth.ui.autoscaling;

import dev.berth.contract.LocalAws;
import dev.berth.core.model.CreateAppRunnerServiceRequest;
import dev.berth.core.model.PutScalingPolicyRequest;
import dev.berth.core.model.RegisterScalableTargetRequest;
import dev.berth.core.model.ScalingNames;
import dev.berth.core.model.TargetTrackingScalingPolicyConfiguration;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.DemoWorld;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import dev.berth.ui.handles.AppRunnerHandle;
import dev.berth.ui.handles.AutoScalingHandle;
import dev.berth.ui.handles.MainWindowHandle;
import dev.berth.ui.handles.ServicesHandle;
import dev.berth.ui.shell.ViewSnapshots;
import dev.berth.ui.testing.TestWindow;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Auto scaling tab and the App Runner area on a real-AWS connection (the SDK gateway over the simulator's
 * endpoint): AWS's own scaling objects and App Runner services show, the service's charts are CloudWatch's (read with
 * GetMetricData over awsQuery), and so are App Runner's active instances.
 */
@ExtendWith(ApplicationExtension.class)
class AwsAreasGuiTest {
    @TempDir
    Path settings;
    private static LocalAws aws;
    private Stage stage;

    /** Off the FX thread, before the window: the world behind the endpoint. */
    @BeforeAll
    static void serve() {
        // Eleven minutes ago, so the world below reaches the wall clock's minute: on an AWS connection the views ask
        // CloudWatch for the latest minutes of the wall clock.
        Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(11));
        Simulator simulator = Simulator.create(new WorldSettings("aws-areas", 42, start, "us-east-1",
                "123456789012"), CommandJournal.none());
        DemoWorld.populate(simulator.ecs());
        simulator.appRunner().createService(CreateAppRunnerServiceRequest.fromPublicImage("DemoHTTP",
                "public.ecr.aws/nginx/nginx:latest", "80", "1 vCPU", "2 GB"));
        simulator.advanceBy(Duration.ofMinutes(6));
        simulator.scaling().registerScalableTarget(RegisterScalableTargetRequest.ecsService(DemoWorld.CLUSTER,
                DemoWorld.SERVICE, 1, 6));
        simulator.scaling().putScalingPolicy(PutScalingPolicyRequest.targetTracking(DemoWorld.CLUSTER,
                DemoWorld.SERVICE, "cpu50", TargetTrackingScalingPolicyConfiguration.of(ScalingNames.CPU, 50)));
        simulator.advanceBy(Duration.ofMinutes(5));
        aws = LocalAws.serveWorld(simulator, false);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestWindow.open(stage, aws.gateway(), settings);
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Test
    void autoScalingAndAppRunnerShowAwsObjectsAndCloudWatchMetrics(FxRobot robot) {
        MainWindowHandle window = new MainWindowHandle(robot);
        ServicesHandle services = new ServicesHandle(robot);
        AutoScalingHandle autoScaling = new AutoScalingHandle(robot);
        window.goTo("services");
        services.select(DemoWorld.SERVICE);
        autoScaling.open();

        assertThat(autoScaling.target()).isEqualTo("Desired count kept between 1 and 6 tasks");
        assertThat(autoScaling.policies()).containsExactly("cpu50");
        assertThat(robot.lookup("#autoscaling-metrics-error").queryAs(Label.class).isVisible()).isFalse();
        assertThat(autoScaling.chartSeries("cpu")).containsExactly("CPUUtilization (5)", "Target 50.0 (2)");
        assertThat(autoScaling.chartSeries("tasks")).containsExactly("RunningTaskCount (5)");
        assertThat(robot.lookup("#autoscaling-set-load").tryQuery()).isEmpty();
        picture("autoscaling-aws.png");

        window.goTo("apprunner");
        AppRunnerHandle appRunner = new AppRunnerHandle(robot);
        assertThat(appRunner.row("DemoHTTP").status()).isEqualTo("RUNNING");
        assertThat(robot.lookup("#apprunner-metrics-note").queryAs(Label.class).isVisible()).isFalse();
        assertThat(appRunner.row("DemoHTTP").instances()).isPositive();
        picture("apprunner-aws.png");
    }

    private void picture(String name) {
        Path picture = Path.of("target", "screenshots", name);
        try {
            Files.createDirectories(picture.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        new FxRobot().interact(() -> {
            try {
                ViewSnapshots.write(stage.getScene(), picture);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(picture).isNotEmptyFile();
    }
}
