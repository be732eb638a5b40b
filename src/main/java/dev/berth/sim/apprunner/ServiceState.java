package dev.berth.sim.apprunner;

import dev.berth.core.model.AppRunnerService;
import dev.berth.core.model.AppRunnerServiceMetrics;
import dev.berth.core.model.AutoScalingConfigurationSummary;
import dev.berth.core.model.HealthCheckConfiguration;
import dev.berth.core.model.InstanceConfiguration;
import dev.berth.core.model.SourceConfiguration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One App Runner service as the simulator keeps it: its configuration, status, operations and traffic. */
final class ServiceState {
    /** What an update can change, kept whole so a failed update can roll back to it. */
    record Configuration(SourceConfiguration source, InstanceConfiguration instance, HealthCheckConfiguration health,
                         String autoScalingConfigurationArn) {
    }

    final String name;
    final String id;
    final String arn;
    final String url;
    final Instant createdAt;
    final RequestLoad load;
    Configuration configuration;
    Instant updatedAt;
    Instant deletedAt;
    String status = "OPERATION_IN_PROGRESS";
    /** Whether instances take traffic: from a successful create or resume until paused, deleted or failed. */
    boolean serving;
    AppRunnerServiceMetrics metrics = AppRunnerServiceMetrics.NONE;
    /** Newest first, as ListOperations answers. */
    final List<Operation> operations = new ArrayList<>();

    ServiceState(String name, String id, String arn, String url, Instant createdAt, RequestLoad load,
                 Configuration configuration) {
        this.name = name;
        this.id = id;
        this.arn = arn;
        this.url = url;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.load = load;
        this.configuration = configuration;
    }

    boolean deleted() {
        return "DELETED".equals(status);
    }

    AppRunnerService view(AutoScalingConfigurationSummary scaling) {
        return new AppRunnerService(name, id, arn, url, createdAt, updatedAt, deletedAt, status,
                configuration.source(), configuration.instance(), configuration.health(), scaling);
    }
}
