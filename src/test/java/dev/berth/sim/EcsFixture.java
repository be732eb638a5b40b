package dev.berth.sim;

import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.EcsInventory;
import dev.berth.core.gateway.FaultInjection;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.AwsVpcConfiguration;
import dev.berth.core.model.CapacityProviderStrategyItem;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.HealthCheck;
import dev.berth.core.model.NetworkConfiguration;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.RunTaskRequest;
import dev.berth.core.model.RunTaskResult;
import dev.berth.core.model.Service;
import dev.berth.core.model.Task;
import dev.berth.core.model.TaskDefinition;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A simulator and the few gateway calls most tests start from. */
public final class EcsFixture {
    public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    public static final String CLUSTER = "test-cluster";
    public static final NetworkConfiguration NETWORK = new NetworkConfiguration(new AwsVpcConfiguration(
            List.of("subnet-0a1b2c3d4e5f60718", "subnet-0f9e8d7c6b5a40312", "subnet-05c4d3e2f1a0b9c87"),
            List.of("sg-0c1d2e3f4a5b69788"), "DISABLED"));
    public static final String ECR_IMAGE = "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:v2";

    public final Simulator simulator;
    public final EcsGateway ecs;
    public final FaultInjection faults;

    public EcsFixture(long seed) {
        this(seed, CommandJournal.none());
    }

    public EcsFixture(long seed, CommandJournal journal) {
        this(Simulator.create(WorldSettings.of("test", seed, START), journal), Simulator::ecs);
    }

    public EcsFixture(Simulator simulator) {
        this(simulator, Simulator::ecs);
    }

    /** A simulator reached through {@code backend}, e.g. the AWS SDK gateway over its endpoint. */
    public EcsFixture(long seed, Function<Simulator, EcsGateway> backend) {
        this(Simulator.create(WorldSettings.of("test", seed, START), CommandJournal.none()), backend);
    }

    private EcsFixture(Simulator simulator, Function<Simulator, EcsGateway> backend) {
        this.simulator = simulator;
        this.ecs = backend.apply(simulator);
        this.faults = simulator.faults();
    }

    public EcsFixture withCluster() {
        ecs.createCluster(CreateClusterRequest.named(CLUSTER));
        return this;
    }

    public TaskDefinition fargateDefinition(String family, String image) {
        return fargateDefinition(family, image, null);
    }

    /** {@code healthCheck} null registers a container without a health check. */
    public TaskDefinition fargateDefinition(String family, String image, HealthCheck healthCheck) {
        ContainerDefinition container = new ContainerDefinition("app", image, null, null, null, true,
                List.of(new PortMapping(80, null, "tcp")), List.of(), List.of(), healthCheck);
        String role = image.contains(".dkr.ecr.") ? "arn:aws:iam::123456789012:role/ecsTaskExecutionRole" : null;
        return ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest(family, "awsvpc", List.of("FARGATE"),
                "256", "512", role, null, List.of(container), List.of()));
    }

    public Service fargateService(String name, String taskDefinition, int desiredCount,
                                  DeploymentConfiguration configuration) {
        return ecs.createService(new CreateServiceRequest(CLUSTER, name, taskDefinition, desiredCount, "FARGATE",
                List.of(), null, NETWORK, configuration, null, List.of()));
    }

    public Service service(String name) {
        return ecs.describeServices(CLUSTER, List.of(name)).items().get(0);
    }

    /** The service's tasks whose desired status is {@code desiredStatus}. */
    public List<Task> tasks(String service, String desiredStatus) {
        return new EcsInventory(ecs).tasks(CLUSTER, desiredStatus).stream()
                .filter(t -> ("service:" + service).equals(t.group())).toList();
    }

    /** RunTask in the test cluster. */
    public RunTaskResult run(String definition, int count, String launchType,
                             List<CapacityProviderStrategyItem> strategy, NetworkConfiguration network) {
        return ecs.runTask(new RunTaskRequest(CLUSTER, definition, count, launchType, strategy, null, network, null,
                null, List.of()));
    }

    public void advance(Duration amount) {
        simulator.advanceBy(amount);
    }

    /** Advances in steps of {@code step} until {@code done} holds, failing after {@code limit}. */
    public void advanceUntil(Predicate<EcsFixture> done, Duration step, Duration limit) {
        Instant deadline = simulator.now().plus(limit);
        while (!done.test(this)) {
            if (!simulator.now().isBefore(deadline)) {
                throw new AssertionError("not reached within " + limit);
            }
            simulator.advanceBy(step);
        }
    }

    /** The call is refused with AWS's error code and exact message. */
    public static void assertRefused(ThrowingCallable call, String errorCode, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(GatewayException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(errorCode);
            assertThat(e.getMessage()).isEqualTo(message);
            assertThat(e.retryable()).isFalse();
        });
    }

    public boolean steady(String service) {
        Service s = service(service);
        return s.deployments().size() == 1 && "COMPLETED".equals(s.deployments().get(0).rolloutState())
                && s.runningCount() == s.desiredCount();
    }
}
