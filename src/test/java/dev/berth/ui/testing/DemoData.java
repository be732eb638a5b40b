package dev.berth.ui.testing;

import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.Deployment;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceEvent;

import java.time.Instant;
import java.util.List;

/** A small account in a {@link FakeEcs}: two clusters, a task definition with two revisions, a service and tasks. */
public final class DemoData {

    private DemoData() {
    }

    public static RegisterTaskDefinitionRequest webTaskDefinition(String image) {
        return fargateTaskDefinition("web", image);
    }

    public static RegisterTaskDefinitionRequest fargateTaskDefinition(String family, String image) {
        return new RegisterTaskDefinitionRequest(family, "awsvpc", List.of("FARGATE"), "256", "512", null, null,
                List.of(new ContainerDefinition("web", image, null, null, null, true,
                        List.of(new PortMapping(80, 80, "tcp")), List.of(), List.of(), null)), List.of());
    }

    public static void fill(FakeEcs ecs) {
        ecs.createCluster(CreateClusterRequest.named("production"));
        ecs.createCluster(CreateClusterRequest.named("staging"));
        ecs.registerTaskDefinition(webTaskDefinition("nginx:1.25"));
        ecs.registerTaskDefinition(webTaskDefinition("nginx:1.27"));
        ecs.createService(new CreateServiceRequest("production", "web", "web:2", 3, "FARGATE", null, null, null,
                null, null, null));
        Service web = ecs.service("production", "web");
        Deployment primary = web.primaryDeployment();
        ecs.putService("production", ServiceBuilder.from(web).runningCount(3).deployments(List.of(
                new Deployment(primary.id(), "PRIMARY", primary.taskDefinition(), 3, 0, 3, 0, "COMPLETED",
                        "ECS deployment " + primary.id() + " completed.", "FARGATE", primary.createdAt(),
                        primary.updatedAt()))).build());
        ecs.addEvent("production", "web", new ServiceEvent("e1", Instant.parse("2026-01-01T00:01:00Z"),
                "(service web) has started 3 tasks: (task a1) (task a2) (task a3)."));
        ecs.addEvent("production", "web", new ServiceEvent("e2", Instant.parse("2026-01-01T00:02:00Z"),
                "(service web) has reached a steady state."));
        for (String id : List.of("0a1b2c3d4e5f60718293a4b5c6d7e8f9", "1a1b2c3d4e5f60718293a4b5c6d7e8f9",
                "2a1b2c3d4e5f60718293a4b5c6d7e8f9")) {
            ecs.putTask("production", TaskBuilder.running("production", id)
                    .taskDefinitionArn("arn:aws:ecs:us-east-1:123456789012:task-definition/web:2").build());
        }
    }
}
