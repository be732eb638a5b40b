package dev.berth.ui.services;

import dev.berth.core.model.AwsVpcConfiguration;
import dev.berth.core.model.DeploymentCircuitBreaker;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.Service;
import dev.berth.ui.common.Detail;
import dev.berth.ui.common.ResourceNames;
import dev.berth.ui.common.TimeText;

import java.util.List;

/** The lines of the services area's Details tab. */
final class ServiceDetails {

    private ServiceDetails() {
    }

    static List<Detail> of(Service service) {
        DeploymentConfiguration deployment = service.deploymentConfiguration();
        return List.of(
                Detail.of("Service ARN", service.serviceArn()),
                Detail.of("Cluster", service.clusterArn()),
                Detail.of("Status", service.status()),
                Detail.of("Task definition", ResourceNames.familyRevision(service.taskDefinition())),
                Detail.of("Desired / running / pending", service.desiredCount() + " / " + service.runningCount()
                        + " / " + service.pendingCount()),
                Detail.of("Launch type", ServiceRow.launchTypeText(service)),
                Detail.of("Platform version", service.platformVersion()),
                Detail.of("Scheduling strategy", service.schedulingStrategy()),
                Detail.of("Minimum healthy / maximum percent", deployment == null ? ""
                        : deployment.minimumHealthyPercent() + " % / " + deployment.maximumPercent() + " %"),
                Detail.of("Circuit breaker", deployment == null ? "" : breakerText(deployment.deploymentCircuitBreaker())),
                Detail.of("Network", networkText(service)),
                Detail.of("Health check grace period", service.healthCheckGracePeriodSeconds() + " s"),
                Detail.of("Created", TimeText.dateTime(service.createdAt())));
    }

    private static String breakerText(DeploymentCircuitBreaker breaker) {
        if (breaker == null || !breaker.enable()) {
            return "off";
        }
        return breaker.rollback() ? "on, with rollback" : "on, without rollback";
    }

    private static String networkText(Service service) {
        if (service.networkConfiguration() == null || service.networkConfiguration().awsvpcConfiguration() == null) {
            return "";
        }
        AwsVpcConfiguration vpc = service.networkConfiguration().awsvpcConfiguration();
        return "awsvpc; subnets " + String.join(", ", vpc.subnets()) + "; security groups "
                + String.join(", ", vpc.securityGroups()) + "; public IP " + vpc.assignPublicIp();
    }
}
