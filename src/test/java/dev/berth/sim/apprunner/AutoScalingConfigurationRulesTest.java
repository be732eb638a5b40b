package dev.berth.sim.apprunner;

import dev.berth.core.model.AppRunnerService;
import dev.berth.core.model.AppRunnerServiceMetrics;
import dev.berth.sim.MetricReads;
import dev.berth.core.model.AutoScalingConfiguration;
import dev.berth.core.model.AutoScalingConfigurationSummary;
import dev.berth.core.model.CreateAppRunnerServiceRequest;
import dev.berth.core.model.CreateAutoScalingConfigurationRequest;
import dev.berth.core.model.UpdateAppRunnerServiceRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.berth.sim.apprunner.AppRunnerFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class AutoScalingConfigurationRulesTest {
    private final AppRunnerFixture world = new AppRunnerFixture(8);

    @Test
    void theDefaultConfigurationIsThereFromTheStart() {
        List<AutoScalingConfigurationSummary> all = world.appRunner.listAutoScalingConfigurations(null, false, null,
                null).items();

        assertThat(all).singleElement().satisfies(summary -> {
            assertThat(summary.autoScalingConfigurationName()).isEqualTo("DefaultConfiguration");
            assertThat(summary.isDefault()).isTrue();
        });
        AutoScalingConfiguration defaults = world.appRunner.describeAutoScalingConfiguration(
                all.get(0).autoScalingConfigurationArn());
        assertThat(defaults.maxConcurrency()).isEqualTo(100);
        assertThat(defaults.minSize()).isEqualTo(1);
        assertThat(defaults.maxSize()).isEqualTo(25);
        assertRefused(() -> world.appRunner.deleteAutoScalingConfiguration(defaults.autoScalingConfigurationArn(),
                false), "InvalidRequestException");
    }

    @Test
    void aNameInUseMakesTheNextRevisionWhichBecomesLatest() {
        AutoScalingConfiguration first = world.appRunner.createAutoScalingConfiguration(
                new CreateAutoScalingConfigurationRequest("burst", 50, 2, 10));
        AutoScalingConfiguration second = world.appRunner.createAutoScalingConfiguration(
                new CreateAutoScalingConfigurationRequest("burst", null, null, null));

        assertThat(first.autoScalingConfigurationRevision()).isEqualTo(1);
        assertThat(second.autoScalingConfigurationRevision()).isEqualTo(2);
        assertThat(second.autoScalingConfigurationArn()).matches(
                "arn:aws:apprunner:us-east-1:123456789012:autoscalingconfiguration/burst/2/[0-9a-f]{32}");
        assertThat(second.maxConcurrency()).isEqualTo(100);
        assertThat(second.latest()).isTrue();
        assertThat(world.appRunner.describeAutoScalingConfiguration(first.autoScalingConfigurationArn()).latest())
                .isFalse();
        assertThat(world.appRunner.listAutoScalingConfigurations("burst", true, null, null).items())
                .extracting(AutoScalingConfigurationSummary::autoScalingConfigurationRevision).containsExactly(2);

        world.appRunner.deleteAutoScalingConfiguration(second.autoScalingConfigurationArn(), false);
        assertThat(world.appRunner.describeAutoScalingConfiguration(second.autoScalingConfigurationArn()).status())
                .isEqualTo("INACTIVE");
        assertThat(world.appRunner.describeAutoScalingConfiguration(first.autoScalingConfigurationArn()).latest())
                .isTrue();
    }

    @Test
    void limitsAndQuotasAreAwss() {
        assertRefused(() -> world.appRunner.createAutoScalingConfiguration(
                new CreateAutoScalingConfigurationRequest("big", 201, null, null)), "InvalidRequestException");
        assertRefused(() -> world.appRunner.createAutoScalingConfiguration(
                new CreateAutoScalingConfigurationRequest("big", null, 26, null)), "InvalidRequestException");
        assertRefused(() -> world.appRunner.createAutoScalingConfiguration(
                new CreateAutoScalingConfigurationRequest("upside-down", null, 5, 2)), "InvalidRequestException");
        assertRefused(() -> world.appRunner.createAutoScalingConfiguration(
                new CreateAutoScalingConfigurationRequest("abc", null, null, null)), "InvalidRequestException");
        for (int revision = 1; revision <= 5; revision++) {
            world.appRunner.createAutoScalingConfiguration(new CreateAutoScalingConfigurationRequest("many", null,
                    null, null));
        }
        assertRefused(() -> world.appRunner.createAutoScalingConfiguration(
                new CreateAutoScalingConfigurationRequest("many", null, null, null)), "ServiceQuotaExceededException");
        assertRefused(() -> world.appRunner.describeAutoScalingConfiguration(
                "arn:aws:apprunner:us-east-1:123456789012:autoscalingconfiguration/none/1/"
                        + "0123456789abcdef0123456789abcdef"), "ResourceNotFoundException");
    }

    @Test
    void aConfigurationAServiceUsesCannotBeDeleted() {
        AutoScalingConfiguration config = world.appRunner.createAutoScalingConfiguration(
                new CreateAutoScalingConfigurationRequest("small", 10, 1, 3));
        AppRunnerService service = world.appRunner.createService(new CreateAppRunnerServiceRequest("web-app",
                CreateAppRunnerServiceRequest.fromPublicImage("web-app", AppRunnerFixture.IMAGE, "80", null, null)
                        .sourceConfiguration(), null, null, config.autoScalingConfigurationArn())).service();

        assertThat(service.autoScalingConfigurationSummary().autoScalingConfigurationName()).isEqualTo("small");
        assertThat(world.appRunner.describeAutoScalingConfiguration(config.autoScalingConfigurationArn())
                .hasAssociatedService()).isTrue();
        assertRefused(() -> world.appRunner.deleteAutoScalingConfiguration(config.autoScalingConfigurationArn(),
                true), "InvalidRequestException");
    }

    /** With 10 requests per instance and 2 to 3 instances, any real traffic needs the maximum at times. */
    @Test
    void instancesFollowTheTrafficWithinTheConfiguredSizes() {
        AutoScalingConfiguration config = world.appRunner.createAutoScalingConfiguration(
                new CreateAutoScalingConfigurationRequest("narrow", 10, 2, 3));
        AutoScalingConfiguration wide = world.appRunner.createAutoScalingConfiguration(
                new CreateAutoScalingConfigurationRequest("wide", 25, 1, 25));
        AppRunnerService service = world.running("web-app");
        world.appRunner.updateService(new UpdateAppRunnerServiceRequest(service.serviceArn(), null, null, null,
                config.autoScalingConfigurationArn()));
        world.advance(AppRunnerFixture.OPERATION);

        List<AppRunnerServiceMetrics> narrow = minuteByMinute(service, 60);
        assertThat(narrow).allSatisfy(m -> assertThat(m.activeInstances()).isBetween(2, 3));
        assertThat(narrow).anySatisfy(m -> assertThat(m.activeInstances()).isEqualTo(3));

        world.appRunner.updateService(new UpdateAppRunnerServiceRequest(service.serviceArn(), null, null, null,
                wide.autoScalingConfigurationArn()));
        world.advance(AppRunnerFixture.OPERATION);
        List<AppRunnerServiceMetrics> wider = minuteByMinute(service, 120);
        assertThat(wider).allSatisfy(m -> assertThat(m.activeInstances())
                .isEqualTo(Math.max(1, Math.min(25, (m.concurrency() + 24) / 25))));
        assertThat(wider).extracting(AppRunnerServiceMetrics::activeInstances).as("traffic rises and falls")
                .contains(1).anySatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(4));
    }

    private List<AppRunnerServiceMetrics> minuteByMinute(AppRunnerService service, int minutes) {
        List<AppRunnerServiceMetrics> samples = new ArrayList<>();
        for (int minute = 0; minute < minutes; minute++) {
            world.advance(Duration.ofMinutes(1));
            samples.add(MetricReads.latest(world.simulator, service));
        }
        return samples;
    }
}
