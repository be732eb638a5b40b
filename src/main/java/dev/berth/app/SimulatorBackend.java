package dev.berth.app;

import dev.berth.core.gateway.EcrGateway;
import dev.berth.core.gateway.AppRunnerGateway;
import dev.berth.core.gateway.CloudWatchGateway;
import dev.berth.core.gateway.Ec2Gateway;
import dev.berth.core.gateway.ClusterFeed;
import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.EksGateway;
import dev.berth.core.gateway.ElbGateway;
import dev.berth.core.gateway.EventsGateway;
import dev.berth.core.gateway.DynamoDbGateway;
import dev.berth.core.gateway.S3Gateway;
import dev.berth.core.gateway.SnsGateway;
import dev.berth.core.gateway.FaultInjection;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.gateway.LoadSimulation;
import dev.berth.core.gateway.ScalingGateway;
import dev.berth.core.gateway.AutoScalingGroupsGateway;
import dev.berth.core.gateway.EfsGateway;
import dev.berth.core.gateway.IamGateway;
import dev.berth.core.gateway.SimulationClock;
import dev.berth.core.gateway.SqsGateway;
import dev.berth.sim.Simulator;

import java.util.Optional;

/** The simulator as the views see it: its ECS and ECR gateways, its clock and its faults. */
public final class SimulatorBackend implements Gateway {
    private final Simulator simulator;
    private final SimulationClock clock;

    public SimulatorBackend(Simulator simulator, SimulationClock clock) {
        this.simulator = simulator;
        this.clock = clock;
    }

    @Override
    public EcsGateway ecs() {
        return simulator.ecs();
    }

    @Override
    public EcrGateway ecr() {
        return simulator.ecr();
    }

    @Override
    public EksGateway eks() {
        return simulator.eks();
    }

    @Override
    public AppRunnerGateway appRunner() {
        return simulator.appRunner();
    }

    @Override
    public ElbGateway elb() {
        return simulator.elb();
    }

    @Override
    public ScalingGateway scaling() {
        return simulator.scaling();
    }

    @Override
    public SqsGateway sqs() {
        return simulator.sqs();
    }

    @Override
    public EventsGateway events() {
        return simulator.events();
    }

    public IamGateway iam() {
        return simulator.iam();
    }

    @Override
    public EfsGateway efs() {
        return simulator.efs();
    }

    @Override
    public AutoScalingGroupsGateway autoScalingGroups() {
        return simulator.autoScalingGroups();
    }

    public CloudWatchGateway cloudWatch() {
        return simulator.cloudWatch();
    }

    @Override
    public S3Gateway s3() {
        return simulator.s3();
    }

    @Override
    public DynamoDbGateway dynamoDb() {
        return simulator.dynamoDb();
    }

    @Override
    public SnsGateway sns() {
        return simulator.sns();
    }

    @Override
    public Ec2Gateway ec2() {
        return simulator.ec2();
    }

    @Override
    public Optional<SimulationClock> simulationClock() {
        return Optional.of(clock);
    }

    @Override
    public Optional<FaultInjection> faultInjection() {
        return Optional.of(simulator.faults());
    }

    @Override
    public Optional<LoadSimulation> loadSimulation() {
        return Optional.of(simulator.load());
    }

    @Override
    public Optional<ClusterFeed> clusterFeed() {
        return Optional.of(simulator.clusterFeed());
    }

    @Override
    public String backendName() {
        return "Simulator · " + simulator.settings().name();
    }

    @Override
    public Optional<String> accountId() {
        return Optional.of(simulator.settings().accountId());
    }

    @Override
    public String region() {
        return simulator.settings().region();
    }
}
