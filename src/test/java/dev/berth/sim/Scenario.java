package dev.berth.sim;

import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.FaultInjection;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.CapacityProviderStrategyItem;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.Ec2Capacity;
import dev.berth.core.model.Fault;
import dev.berth.core.model.FaultKind;
import dev.berth.core.model.FaultScope;
import dev.berth.core.model.InjectFaultRequest;
import dev.berth.core.model.ListTasksRequest;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.RunTaskRequest;
import dev.berth.core.model.UpdateServiceRequest;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A busy first hour of a world, using every mutating operation and fault, for determinism and replay tests. */
final class Scenario {
    /** Every cluster and service the scenario creates, by cluster, deleted ones included. */
    static final Map<String, List<String>> NAMES = Map.of(DemoWorld.CLUSTER, List.of(DemoWorld.SERVICE),
            "ec2", List.of(), "short-lived", List.of());

    private Scenario() {
    }

    static void play(Simulator simulator) {
        EcsGateway ecs = simulator.ecs();
        DemoWorld.populate(ecs);
        ecs.createCluster(new CreateClusterRequest("ec2", List.of(), List.of(), new Ec2Capacity("t3.medium", 0, 4, 2),
                List.of()));
        ContainerDefinition web = new ContainerDefinition("web", "httpd:2.4", 256, 512, null, true,
                List.of(new PortMapping(80, 0, "tcp")), List.of(), List.of(), null);
        ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest("bridge-web", null, List.of(), null, null, null,
                null, List.of(web), List.of()));
        simulator.advanceBy(Duration.ofMinutes(4));
        ecs.runTask(new RunTaskRequest("ec2", "bridge-web", 3, "EC2", List.of(), null, null, null, "scenario",
                List.of()));
        FaultInjection faults = simulator.faults();
        Fault disconnected = faults.injectFault(new InjectFaultRequest(FaultKind.INSTANCE_AGENT_DISCONNECTED,
                FaultScope.cluster("ec2"), 1));
        faults.injectFault(new InjectFaultRequest(FaultKind.IMAGE_PULL_TAG_NOT_FOUND,
                FaultScope.cluster(DemoWorld.CLUSTER), 1));
        try {
            faults.injectFault(InjectFaultRequest.untilCleared(FaultKind.CONTAINER_HEALTH_CHECK_FAILS,
                    FaultScope.service(DemoWorld.CLUSTER, DemoWorld.SERVICE)));
        } catch (GatewayException refused) {
            // the demo task definition has no health check; a refused fault is not journaled either
        }
        ecs.runTask(new RunTaskRequest(DemoWorld.CLUSTER, DemoWorld.FAMILY, 2, null,
                List.of(new CapacityProviderStrategyItem("FARGATE_SPOT", 1, 0)), null,
                EcsFixture.NETWORK, null, null, List.of()));
        try {
            ecs.deleteService(DemoWorld.CLUSTER, DemoWorld.SERVICE, false);
        } catch (GatewayException refused) {
            // refused commands change nothing and are not journaled; the replay must agree
        }
        simulator.advanceBy(Duration.ofSeconds(97));
        ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest(DemoWorld.FAMILY, "awsvpc", List.of("FARGATE"),
                "1 vCPU", "2GB", null, null, List.of(new ContainerDefinition("nginxdemos-hello", "nginxdemos/hello:0.4",
                null, null, null, null, List.of(new PortMapping(80, null, null)), List.of(), List.of(), null)),
                List.of()));
        faults.injectFault(new InjectFaultRequest(FaultKind.ESSENTIAL_CONTAINER_EXITS,
                FaultScope.service(DemoWorld.CLUSTER, DemoWorld.SERVICE), 1));
        ecs.updateService(new UpdateServiceRequest(DemoWorld.CLUSTER, DemoWorld.SERVICE, DemoWorld.FAMILY, 4, null,
                null, null, null, null, false));
        simulator.advanceBy(Duration.ofMinutes(3));
        String someTask = ecs.listTasks(ListTasksRequest.of("ec2", null)).items().get(0);
        ecs.stopTask("ec2", someTask, "scenario");
        faults.clearFault(disconnected.id());
        faults.injectFault(new InjectFaultRequest(FaultKind.INSTANCE_TERMINATED, FaultScope.cluster("ec2"), 1));
        faults.injectFault(InjectFaultRequest.untilCleared(FaultKind.INSUFFICIENT_MEMORY, FaultScope.cluster("ec2")));
        ecs.deregisterTaskDefinition(DemoWorld.FAMILY + ":1");
        simulator.advanceBy(Duration.ofMinutes(10));
        ecs.updateService(UpdateServiceRequest.desiredCount(DemoWorld.CLUSTER, DemoWorld.SERVICE, 0));
        ecs.deleteService(DemoWorld.CLUSTER, DemoWorld.SERVICE, false);
        ecs.createCluster(CreateClusterRequest.named("short-lived"));
        ecs.deleteCluster("short-lived");
        simulator.advanceBy(Duration.ofMinutes(40));
    }
}
