package dev.berth.ui.apprunner;

import dev.berth.core.model.AppRunnerService;
import dev.berth.core.model.AutoScalingConfigurationSummary;
import dev.berth.core.model.HealthCheckConfiguration;
import dev.berth.core.model.ImageRepository;
import dev.berth.ui.common.Detail;
import dev.berth.ui.common.TimeText;

import java.util.List;

/** The lines of the App Runner area's details pane. */
final class AppRunnerServiceDetails {

    private AppRunnerServiceDetails() {
    }

    static List<Detail> of(ServiceReading reading) {
        AppRunnerService service = reading.service();
        ImageRepository image = service.sourceConfiguration().imageRepository();
        HealthCheckConfiguration health = service.healthCheckConfiguration();
        AutoScalingConfigurationSummary scaling = service.autoScalingConfigurationSummary();
        return List.of(
                Detail.of("Service ARN", service.serviceArn()),
                Detail.of("Status", service.status()),
                Detail.of("Default domain", service.serviceUrl() == null ? "" : "https://" + service.serviceUrl()),
                Detail.of("Image", image == null ? reading.source()
                        : image.imageIdentifier() + " (" + image.imageRepositoryType() + ")"),
                Detail.of("Port", image == null || image.imageConfiguration() == null ? ""
                        : image.imageConfiguration().port()),
                Detail.of("Automatic deployment", Boolean.TRUE.equals(
                        service.sourceConfiguration().autoDeploymentsEnabled()) ? "On" : "Off"),
                Detail.of("CPU and memory", InstanceSize.text(service.instanceConfiguration())),
                Detail.of("Instances", reading.metrics() == null ? "in CloudWatch (not read here)"
                        : reading.metrics().activeInstances() + " active, " + reading.metrics().concurrency()
                        + " concurrent requests"),
                Detail.of("Auto scaling", scaling.autoScalingConfigurationName() + " (revision "
                        + scaling.autoScalingConfigurationRevision() + ")"),
                Detail.of("Health check", health.protocol() + ("HTTP".equals(health.protocol()) ? " " + health.path()
                        : "") + ", every " + health.interval() + " s"),
                Detail.of("Created", TimeText.dateTime(service.createdAt())),
                Detail.of("Updated", TimeText.dateTime(service.updatedAt())),
                Detail.of("Deleted", TimeText.dateTime(service.deletedAt())));
    }
}
