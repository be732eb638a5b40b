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
import java.util.function.Supplier;

/**
 * The gateway the views hold while the app moves between backends (simulator worlds, a lesson's practice world,
 * AWS profiles): every call goes to the backend that is current at that moment, so the views keep their reference
 * and show the new backend on their next refresh. The clock and the faults exist while a simulator is current.
 */
final class SwitchingGateway implements Gateway {
    private volatile Gateway current;
    private final Supplier<EcsGateway> ecs = Forwarding.onFirstUse(EcsGateway.class, () -> current.ecs());
    private final Supplier<EcrGateway> ecr = Forwarding.onFirstUse(EcrGateway.class, () -> current.ecr());
    private final Supplier<EksGateway> eks = Forwarding.onFirstUse(EksGateway.class, () -> current.eks());
    private final Supplier<AppRunnerGateway> appRunner = Forwarding.onFirstUse(AppRunnerGateway.class,
            () -> current.appRunner());
    private final Supplier<ElbGateway> elb = Forwarding.onFirstUse(ElbGateway.class, () -> current.elb());
    private final Supplier<SimulationClock> clock = Forwarding.onFirstUse(SimulationClock.class,
            () -> current.simulationClock().orElseThrow(() -> new IllegalStateException("no simulator is open")));
    private final Supplier<FaultInjection> faults = Forwarding.onFirstUse(FaultInjection.class,
            () -> current.faultInjection().orElseThrow(() -> new IllegalStateException("no simulator is open")));
    private final Supplier<ScalingGateway> scaling = Forwarding.onFirstUse(ScalingGateway.class,
            () -> current.scaling());
    private final Supplier<LoadSimulation> load = Forwarding.onFirstUse(LoadSimulation.class,
            () -> current.loadSimulation().orElseThrow(() -> new IllegalStateException("no simulator is open")));
    private final Supplier<SqsGateway> sqs = Forwarding.onFirstUse(SqsGateway.class, () -> current.sqs());
    private final Supplier<ClusterFeed> feed = Forwarding.onFirstUse(ClusterFeed.class,
            () -> current.clusterFeed().orElseThrow(() -> new IllegalStateException("no simulator is open")));
    private final Supplier<EventsGateway> events = Forwarding.onFirstUse(EventsGateway.class, () -> current.events());
    private final GuiEndpoint endpoint = new GuiEndpoint(this);
    private final Executor describeBatches = task -> current.describeBatches().execute(task);
    private final Supplier<IamGateway> iam = Forwarding.onFirstUse(IamGateway.class, () -> current.iam());
    private final Supplier<EfsGateway> efs = Forwarding.onFirstUse(EfsGateway.class, () -> current.efs());
    private final Supplier<AutoScalingGroupsGateway> autoScalingGroups =
            Forwarding.onFirstUse(AutoScalingGroupsGateway.class, () -> current.autoScalingGroups());
    private final Supplier<CloudWatchGateway> cloudWatch = Forwarding.onFirstUse(CloudWatchGateway.class,
            () -> current.cloudWatch());
    private final Supplier<S3Gateway> s3 = Forwarding.onFirstUse(S3Gateway.class, () -> current.s3());
    private final Supplier<DynamoDbGateway> dynamoDb = Forwarding.onFirstUse(DynamoDbGateway.class,
            () -> current.dynamoDb());
    private final Supplier<SnsGateway> sns = Forwarding.onFirstUse(SnsGateway.class, () -> current.sns());
    private final Supplier<Ec2Gateway> ec2 = Forwarding.onFirstUse(Ec2Gateway.class, () -> current.ec2());

    SwitchingGateway(Gateway first) {
        this.current = first;
    }

    void switchTo(Gateway next) {
        if (next.simulationClock().isEmpty()) {
            // The endpoint serves simulated worlds only; it must never pass the CLI's calls on to a real account, so
            // it stops (and its requests in flight finish) before calls go to the account.
            endpoint.stop();
        }
        current = next;
    }

    @Override
    public Optional<LocalEndpoint> localEndpoint() {
        return current.simulationClock().isPresent() ? Optional.of(endpoint) : Optional.empty();
    }

    @Override
    public EcsGateway ecs() {
        return ecs.get();
    }

    @Override
    public EcrGateway ecr() {
        return ecr.get();
    }

    @Override
    public EksGateway eks() {
        return eks.get();
    }

    @Override
    public AppRunnerGateway appRunner() {
        return appRunner.get();
    }

    @Override
    public ElbGateway elb() {
        return elb.get();
    }

    @Override
    public ScalingGateway scaling() {
        return scaling.get();
    }

    @Override
    public SqsGateway sqs() {
        return sqs.get();
    }

    @Override
    public EventsGateway events() {
        return events.get();
    }

    public IamGateway iam() {
        return iam.get();
    }

    @Override
    public EfsGateway efs() {
        return efs.get();
    }

    @Override
    public AutoScalingGroupsGateway autoScalingGroups() {
        return autoScalingGroups.get();
    }

    public CloudWatchGateway cloudWatch() {
        return cloudWatch.get();
    }

    @Override
    public S3Gateway s3() {
        return s3.get();
    }

    @Override
    public DynamoDbGateway dynamoDb() {
        return dynamoDb.get();
    }

    @Override
    public SnsGateway sns() {
        return sns.get();
    }

    @Override
    public Ec2Gateway ec2() {
        return ec2.get();
    }

    @Override
    public Optional<SimulationClock> simulationClock() {
        return current.simulationClock().map(open -> clock.get());
    }

    @Override
    public Optional<FaultInjection> faultInjection() {
        return current.faultInjection().map(open -> faults.get());
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
        return current.loadSimulation().map(open -> load.get());
    }

    @Override
    public Optional<ClusterFeed> clusterFeed() {
        return current.clusterFeed().map(open -> feed.get());
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
