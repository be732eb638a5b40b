package dev.berth.app;

import dev.berth.core.gateway.EcrGateway;
import dev.berth.core.gateway.AppRunnerGateway;
import dev.berth.core.gateway.ApiCalls;
import dev.berth.core.gateway.CloudWatchGateway;
import dev.berth.core.gateway.Ec2Gateway;
import dev.berth.core.gateway.ClusterFeed;
import dev.berth.core.gateway.AwsAccount;
import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.EksGateway;
import dev.berth.core.gateway.ElbGateway;
import dev.berth.core.gateway.EventsGateway;
import dev.berth.core.gateway.DynamoDbGateway;
import dev.berth.core.gateway.S3Gateway;
import dev.berth.core.gateway.SnsGateway;
import dev.berth.core.gateway.FaultInjection;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.gateway.LocalEndpoint;
import dev.berth.core.gateway.LoadSimulation;
import dev.berth.core.gateway.ScalingGateway;
import dev.berth.core.gateway.SimulationClock;
import dev.berth.core.gateway.SqsGateway;
import dev.berth.core.gateway.AutoScalingGroupsGateway;
import dev.berth.core.gateway.EfsGateway;
import dev.berth.core.gateway.IamGateway;

import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The gateway the views hold while the app moves between backends (simulator worlds, a lesson's practice world,
 * AWS profiles): every call goes to the backend that is current at that moment, so the views keep their reference
 * and show the new backend on their next refresh. The clock and the faults exist while a simulator is current.
 */
final class SwitchingGateway implements Gateway {
    private volatile Gateway current;
    private final EcsGateway ecs = Forwarding.to(EcsGateway.class, () -> current.ecs());
    private final EcrGateway ecr = Forwarding.to(EcrGateway.class, () -> current.ecr());
    private final EksGateway eks = Forwarding.to(EksGateway.class, () -> current.eks());
    private final AppRunnerGateway appRunner = Forwarding.to(AppRunnerGateway.class, () -> current.appRunner());
    private final ElbGateway elb = Forwarding.to(ElbGateway.class, () -> current.elb());
    private final SimulationClock clock = Forwarding.to(SimulationClock.class,
            () -> current.simulationClock().orElseThrow(() -> new IllegalStateException("no simulator is open")));
    private final FaultInjection faults = Forwarding.to(FaultInjection.class,
            () -> current.faultInjection().orElseThrow(() -> new IllegalStateException("no simulator is open")));
    private final ScalingGateway scaling = Forwarding.to(ScalingGateway.class, () -> current.scaling());
    private final LoadSimulation load = Forwarding.to(LoadSimulation.class,
            () -> current.loadSimulation().orElseThrow(() -> new IllegalStateException("no simulator is open")));
    private final SqsGateway sqs = Forwarding.to(SqsGateway.class, () -> current.sqs());
    private final ClusterFeed feed = Forwarding.to(ClusterFeed.class,
            () -> current.clusterFeed().orElseThrow(() -> new IllegalStateException("no simulator is open")));
    private final EventsGateway events = Forwarding.to(EventsGateway.class, () -> current.events());
    private final GuiEndpoint endpoint = new GuiEndpoint(this);
    private final Executor describeBatches = task -> current.describeBatches().execute(task);
    private final IamGateway iam = Forwarding.to(IamGateway.class, () -> current.iam());
    private final EfsGateway efs = Forwarding.to(EfsGateway.class, () -> current.efs());
    private final AutoScalingGroupsGateway autoScalingGroups = Forwarding.to(AutoScalingGroupsGateway.class,
            () -> current.autoScalingGroups());
    private final CloudWatchGateway cloudWatch = Forwarding.to(CloudWatchGateway.class, () -> current.cloudWatch());
    private final S3Gateway s3 = Forwarding.to(S3Gateway.class, () -> current.s3());
    private final DynamoDbGateway dynamoDb = Forwarding.to(DynamoDbGateway.class, () -> current.dynamoDb());
    private final SnsGateway sns = Forwarding.to(SnsGateway.class, () -> current.sns());
    private final Ec2Gateway ec2 = Forwarding.to(Ec2Gateway.class, () -> current.ec2());

    SwitchingGateway(Gateway first) {
        this.current = first;
    }

    void switchTo(Gateway next) {
        current = next;
        if (next.simulationClock().isEmpty()) {
            // The endpoint serves simulated worlds only; it must never pass the CLI's calls on to a real account.
            endpoint.stop();
        }
    }

    @Override
    public Optional<LocalEndpoint> localEndpoint() {
        return current.simulationClock().isPresent() ? Optional.of(endpoint) : Optional.empty();
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
    public ElbGateway elb() {
        return elb;
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
        return events;
    }

    public IamGateway iam() {
        return iam;
    }

    @Override
    public EfsGateway efs() {
        return efs;
    }

    @Override
    public AutoScalingGroupsGateway autoScalingGroups() {
        return autoScalingGroups;
    }

    public CloudWatchGateway cloudWatch() {
        return cloudWatch;
    }

    @Override
    public S3Gateway s3() {
        return s3;
    }

    @Override
    public DynamoDbGateway dynamoDb() {
        return dynamoDb;
    }

    @Override
    public SnsGateway sns() {
        return sns;
    }

    @Override
    public Ec2Gateway ec2() {
        return ec2;
    }

    @Override
    public Optional<SimulationClock> simulationClock() {
        return current.simulationClock().map(open -> clock);
    }

    @Override
    public Optional<FaultInjection> faultInjection() {
        return current.faultInjection().map(open -> faults);
    }

    @Override
    public Optional<AwsAccount> awsAccount() {
        return current.awsAccount();
    }

    @Override
    public Optional<ApiCalls> apiCalls() {
        return current.apiCalls();
    }

    @Override
    public Executor describeBatches() {
        return describeBatches;
    }

    @Override
    public Optional<LoadSimulation> loadSimulation() {
        return current.loadSimulation().map(open -> load);
    }

    @Override
    public Optional<ClusterFeed> clusterFeed() {
        return current.clusterFeed().map(open -> feed);
    }

    @Override
    public String backendName() {
        return current.backendName();
    }

    @Override
    public Optional<String> accountId() {
        return current.accountId();
    }

    @Override
    public String region() {
        return current.region();
    }
}
