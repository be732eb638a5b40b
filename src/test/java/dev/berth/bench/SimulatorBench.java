package dev.berth.bench;

import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.EcsInventory;
import dev.berth.core.model.AwsVpcConfiguration;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.NetworkConfiguration;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.UpdateServiceRequest;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How long the simulator takes to run one virtual hour of a large account: 20 clusters × 50 Fargate services × 10
 * tasks, already at steady state; advanced in one call, in 3,600 one-second steps (a clock at full speed), and in
 * one call while every service rolls out a new revision. Run on purpose, not by {@code mvn verify}: from the IDE,
 * or {@code java -cp target/classes:target/test-classes:<test classpath> dev.berth.bench.SimulatorBench}.
 */
public final class SimulatorBench {
    private static final int CLUSTERS = 20;
    private static final int SERVICES_PER_CLUSTER = 50;
    private static final int TASKS_PER_SERVICE = 10;
    private static final int RUNS = 7;

    private SimulatorBench() {
    }

    public static void main(String[] args) {
        List<Long> oneCall = new ArrayList<>();
        List<Long> perSecond = new ArrayList<>();
        List<Long> rollingOut = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            Simulator simulator = steadyWorld(run);
            long start = System.nanoTime();
            simulator.advanceBy(Duration.ofHours(1));
            oneCall.add((System.nanoTime() - start) / 1_000_000);

            Simulator ticking = steadyWorld(run);
            start = System.nanoTime();
            for (int second = 0; second < 3600; second++) {
                ticking.advanceBy(Duration.ofSeconds(1));
            }
            perSecond.add((System.nanoTime() - start) / 1_000_000);

            Simulator deploying = steadyWorld(run);
            start = System.nanoTime();
            rollOutEverywhere(deploying);
            deploying.advanceBy(Duration.ofHours(1));
            rollingOut.add((System.nanoTime() - start) / 1_000_000);
            System.out.printf("run %d: one hour in one call %d ms, in 3600 one-second steps %d ms, with every "
                    + "service rolling out %d ms%n", run, oneCall.get(run), perSecond.get(run), rollingOut.get(run));
        }
        System.out.printf("median of %d runs: one call %d ms, one-second steps %d ms, rolling out %d ms%n", RUNS,
                median(oneCall), median(perSecond), median(rollingOut));
    }

    /** A new revision for every service: 10,000 tasks replaced within the hour. */
    private static void rollOutEverywhere(Simulator simulator) {
        EcsGateway ecs = simulator.ecs();
        ecs.registerTaskDefinition(definition("nginxdemos/hello:0.4"));
        for (int c = 0; c < CLUSTERS; c++) {
            for (int s = 0; s < SERVICES_PER_CLUSTER; s++) {
                ecs.updateService(new UpdateServiceRequest("cluster-" + c, "service-" + s, "web:2", null, null, null,
                        null, null, null, false));
            }
        }
        int completed = 0;
        for (int c = 0; c < CLUSTERS; c++) {
            completed += (int) new EcsInventory(ecs).services("cluster-" + c).stream()
                    .filter(service -> service.deployments().size() == 1).count();
        }
        if (completed != 0) {
            throw new IllegalStateException(completed + " services did not start a deployment");
        }
    }

    private static RegisterTaskDefinitionRequest definition(String image) {
        return new RegisterTaskDefinitionRequest("web", "awsvpc", List.of("FARGATE"), "256", "512", null, null,
                List.of(new ContainerDefinition("web", image, null, null, null, true,
                        List.of(new PortMapping(80, null, "tcp")), List.of(), List.of(), null)), List.of());
    }

    private static Simulator steadyWorld(long seed) {
        long start = System.nanoTime();
        Simulator simulator = Simulator.create(WorldSettings.of("bench", seed, Instant.parse("2026-03-02T09:00:00Z")),
                CommandJournal.none());
        EcsGateway ecs = simulator.ecs();
        ecs.registerTaskDefinition(definition("nginxdemos/hello"));
        NetworkConfiguration network = new NetworkConfiguration(new AwsVpcConfiguration(
                List.of("subnet-0a1b2c3d4e5f60718", "subnet-0f9e8d7c6b5a40312", "subnet-05c4d3e2f1a0b9c87",
                        "subnet-0d3c2b1a0f9e8d7c6"), List.of("sg-0c1d2e3f4a5b69788"),
                "DISABLED"));
        List<String> clusterNames = new ArrayList<>();
        for (int c = 0; c < CLUSTERS; c++) {
            String cluster = "cluster-" + c;
            clusterNames.add(cluster);
            ecs.createCluster(CreateClusterRequest.named(cluster));
            for (int s = 0; s < SERVICES_PER_CLUSTER; s++) {
                ecs.createService(new CreateServiceRequest(cluster, "service-" + s, "web", TASKS_PER_SERVICE,
                        "FARGATE", List.of(), null, network, null, null, List.of()));
            }
        }
        simulator.advanceBy(Duration.ofMinutes(3));
        int running = ecs.describeClusters(clusterNames).items().stream().mapToInt(Cluster::runningTasksCount).sum();
        if (running != CLUSTERS * SERVICES_PER_CLUSTER * TASKS_PER_SERVICE) {
            throw new IllegalStateException("only " + running + " tasks running before the measured hour");
        }
        System.out.printf("  built and settled %d tasks in %d ms%n", running, (System.nanoTime() - start) / 1_000_000);
        return simulator;
    }

    /** The middle value (the upper of the two for an even count); the other benches report it too. */
    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
