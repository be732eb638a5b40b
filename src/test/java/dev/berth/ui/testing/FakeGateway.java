package dev.berth.ui.testing;

import dev.berth.core.gateway.Ec2Gateway;
import dev.berth.core.gateway.EcrGateway;
import dev.berth.core.gateway.ApiCalls;
import dev.berth.core.gateway.AppRunnerGateway;
import dev.berth.core.gateway.CloudWatchGateway;
import dev.berth.core.gateway.ClusterFeed;
import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.EksGateway;
import dev.berth.core.gateway.ElbGateway;
import dev.berth.core.gateway.EventsGateway;
import dev.berth.core.gateway.DynamoDbGateway;
import dev.berth.core.gateway.LocalEndpoint;
import dev.berth.core.gateway.S3Gateway;
import dev.berth.core.gateway.SnsGateway;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.gateway.ScalingGateway;
import dev.berth.core.gateway.SimulationClock;
import dev.berth.core.gateway.SqsGateway;
import dev.berth.core.gateway.AutoScalingGroupsGateway;
import dev.berth.core.gateway.EfsGateway;
import dev.berth.core.gateway.IamGateway;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;


import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A {@link Gateway} over a {@link FakeEcs}; without a clock it looks like real AWS, with one like the simulator. Its
 * ECR, EKS, App Runner and EventBridge are a simulator's own, on a world no test advances: their rules need no second copy, and
 * their views are tested on the simulator itself.
 */
public final class FakeGateway implements Gateway {
    private final FakeEcs ecs = new FakeEcs();
    private final Simulator services = Simulator.create(WorldSettings.of("fake", 1,
            Instant.parse("2026-03-01T09:00:00Z")), CommandJournal.none());
    private final EcrGateway ecr = services.ecr();
    private final EksGateway eks = services.eks();
    private final FakeElb elb = new FakeElb();
    private final ScalingGateway scaling = new FakeScaling();
    private final FakeClock clock;
    private final AppRunnerGateway appRunner = services.appRunner();
    private final SqsGateway sqs = services.sqs();
    private final FakeClusterFeed feed = new FakeClusterFeed();
    private final FakeCloudWatch cloudWatch = new FakeCloudWatch();
    private String backendName = "fake (us-east-1)";
    private LocalEndpoint localEndpoint;
    private ApiCalls apiCalls;

    public FakeGateway() {
        this(null);
    }

    public FakeGateway(FakeClock clock) {
        this.clock = clock;
    }

    @Override
    public EcsGateway ecs() {
        return ecs;
    }

    @Override
    public EcrGateway ecr() {
        return ecr;
    }

    @Override
    public EksGateway eks() {
        return eks;
    }

    @Override
    public AppRunnerGateway appRunner() {
        return appRunner;
    }

    @Override
    public ScalingGateway scaling() {
        return scaling;
    }

    @Override
    public SqsGateway sqs() {
        return sqs;
    }

    @Override
    public EventsGateway events() {
        return services.events();
    }

    /** The simulator's IAM, with the console's two ECS roles. */
    @Override
    public IamGateway iam() {
        return services.iam();
    }

    @Override
    public EfsGateway efs() {
        return services.efs();
    }

    /** The simulator's, with no groups: the fake ECS's clusters have no EC2 capacity. */
    @Override
    public AutoScalingGroupsGateway autoScalingGroups() {
        return services.autoScalingGroups();
    }

    @Override
    public CloudWatchGateway cloudWatch() {
        return cloudWatch;
    }

    @Override
    public S3Gateway s3() {
        return services.s3();
    }

    @Override
    public DynamoDbGateway dynamoDb() {
        return services.dynamoDb();
    }

    @Override
    public SnsGateway sns() {
        return services.sns();
    }

    /** The simulator's, with the instances of its EKS node groups. */
    @Override
    public Ec2Gateway ec2() {
        return services.ec2();
    }

    public FakeCloudWatch fakeCloudWatch() {
        return cloudWatch;
    }

    public FakeEcs fakeEcs() {
        return ecs;
    }

    @Override
    public ElbGateway elb() {
        return elb;
    }

    public FakeElb fakeElb() {
        return elb;
    }

    @Override
    public Optional<SimulationClock> simulationClock() {
        return Optional.ofNullable(clock);
    }

    /** Offers the shown world as a local endpoint, as the app does for a simulator world. */
    public void serveWith(LocalEndpoint endpoint) {
        this.localEndpoint = endpoint;
    }

    @Override
    public Optional<LocalEndpoint> localEndpoint() {
        return Optional.ofNullable(localEndpoint);
    }

    /** Counts API calls in {@code calls}, as the AWS gateway does. */
    public void countCallsIn(ApiCalls calls) {
        this.apiCalls = calls;
    }

    @Override
    public Optional<ApiCalls> apiCalls() {
        return Optional.ofNullable(apiCalls);
    }

    /** Like the simulator's, present only with a clock. */
    @Override
    public Optional<ClusterFeed> clusterFeed() {
        return clock == null ? Optional.empty() : Optional.of(feed);
    }

    public FakeClusterFeed fakeClusterFeed() {
        return feed;
    }

    @Override
    public String backendName() {
        return backendName;
    }

    /** As when the app moves into another world (a lesson's practice world). */
    public void renameBackend(String name) {
        backendName = name;
    }

    @Override
    public String region() {
        return FakeEcs.REGION;
    }

    /** Moves the clock of the simulated services behind this fake (ECR, EKS, App Runner, SQS, EFS, ...). */
    public void advanceServices(Duration by) {
        services.advanceBy(by);
    }
}
