package dev.berth.sim;

import dev.berth.core.gateway.AppRunnerGateway;
import dev.berth.core.gateway.EcrGateway;
import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.EksGateway;
import dev.berth.core.gateway.ElbGateway;
import dev.berth.core.gateway.EventsGateway;
import dev.berth.core.gateway.DynamoDbGateway;
import dev.berth.core.gateway.S3Gateway;
import dev.berth.core.gateway.SnsGateway;
import dev.berth.core.gateway.FaultInjection;
import dev.berth.sim.apprunner.AppRunnerCommand;
import dev.berth.sim.apprunner.AppRunnerCustomer;
import dev.berth.sim.apprunner.AppRunnerWorld;
import dev.berth.sim.apprunner.SetAppRunnerCustomerCommand;
import dev.berth.sim.ecr.EcrCommand;
import dev.berth.sim.ecr.EcrWorld;
import dev.berth.sim.ecs.EcsCommand;
import dev.berth.sim.ecs.EcsWorld;
import dev.berth.sim.eks.EksCommand;
import dev.berth.sim.eks.EksWorld;
import dev.berth.sim.elb.ElbCommand;
import dev.berth.sim.elb.ElbWorld;
import dev.berth.sim.events.EventsCommand;
import dev.berth.sim.events.EventsWorld;
import dev.berth.core.gateway.LoadSimulation;
import dev.berth.core.gateway.ScalingGateway;
import dev.berth.sim.ecs.ImageRegistry;
import dev.berth.sim.scaling.ScalingCommand;
import dev.berth.sim.scaling.ScalingWorld;
import dev.berth.core.gateway.SqsGateway;
import dev.berth.core.gateway.CloudWatchGateway;
import dev.berth.core.gateway.Ec2Gateway;
import dev.berth.core.gateway.ClusterFeed;
import dev.berth.core.model.FeedEntry;
import dev.berth.sim.sqs.SqsCommand;
import dev.berth.sim.sqs.SqsWorld;
import dev.berth.core.gateway.AutoScalingGroupsGateway;
import dev.berth.core.gateway.EfsGateway;
import dev.berth.core.gateway.IamGateway;
import dev.berth.sim.efs.EfsCommand;
import dev.berth.sim.efs.EfsWorld;
import dev.berth.sim.iam.IamCommand;
import dev.berth.sim.iam.IamWorld;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A simulated AWS account on a virtual clock. Every change arrives as a {@link SimCommand}: validated, applied at
 * {@link #now()}, then appended to the {@link CommandJournal} before the caller hears of it. Replaying a journal into
 * a simulator with the same {@link WorldSettings} rebuilds the same world. Thread-safe: a clock thread, writers and any
 * number of readers may call it; readers share the world's lock, a change holds it alone.
 */
public final class Simulator {
    private final WorldSettings settings;
    private final CommandJournal journal;
    private final World world;
    private final EcsGateway ecs;
    private final EcrGateway ecr;
    private final EksGateway eks;
    private final ElbGateway elb;
    private final FaultInjection faults;
    private final AppRunnerGateway appRunner;
    private final ScalingGateway scaling;
    private final LoadSimulation load;
    private final SqsGateway sqs;
    private final ClusterFeed feed;
    private final EventsGateway events;
    private final IamGateway iam;
    private final EfsGateway efs;
    private final AutoScalingGroupsGateway autoScalingGroups;
    private final CloudWatchGateway cloudWatch;
    private final S3Gateway s3;
    private final DynamoDbGateway dynamoDb;
    private final SnsGateway sns;
    private final Ec2Gateway ec2;
    /**
     * Guards the world. Commands, the clock and replay take it to write; reads share it, since no read changes the
     * world (no lazy caches, no draws from the random streams, nothing scheduled): many clients read at once.
     */
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    private Simulator(WorldSettings settings, CommandJournal journal) {
        this.settings = settings;
        this.journal = journal;
        this.world = new World(settings);
        this.ecs = new SimEcsGateway(this);
        this.ecr = new SimEcrGateway(this);
        this.eks = new SimEksGateway(this);
        this.elb = new SimElbGateway(this);
        this.faults = new SimFaultInjection(this);
        this.appRunner = new SimAppRunnerGateway(this);
        this.scaling = new SimScalingGateway(this);
        this.load = new SimLoadSimulation(this);
        this.sqs = new SimSqsGateway(this);
        this.feed = (cluster, afterSequence, maxResults) -> readFeed(cluster, afterSequence, maxResults);
        this.events = new SimEventsGateway(this);
        this.iam = new SimIamGateway(this);
        this.efs = new SimEfsGateway(this);
        this.autoScalingGroups = new SimAutoScalingGroupsGateway(this);
        this.cloudWatch = new SimCloudWatchGateway(this);
        this.s3 = new SimS3Gateway(this);
        this.dynamoDb = new SimDynamoDbGateway(this);
        this.sns = new SimSnsGateway(this);
        this.ec2 = new SimEc2Gateway(this);
    }

    public static Simulator create(WorldSettings settings, CommandJournal journal) {
        return new Simulator(settings, journal);
    }

    public WorldSettings settings() {
        return settings;
    }

    public Instant now() {
        return reading(world::now);
    }

    /** Runs everything that happens up to {@code time}; refuses to go back in time. */
    public void advanceTo(Instant time) {
        writing(() -> advance(time));
    }

    public void advanceBy(Duration amount) {
        writing(() -> advance(world.now().plus(amount)));
    }

    /** Running the world's events is a change like any command: the caller holds the write lock. */
    private Void advance(Instant time) {
        world.advanceTo(time.toEpochMilli());
        journal.recordClock(world.nowMillis());
        return null;
    }

    /** The simulator's ECS, one method per AWS operation. */
    public EcsGateway ecs() {
        return ecs;
    }

    /** The simulator's ECR, one method per AWS operation; ECS tasks pull this registry's images. */
    public EcrGateway ecr() {
        return ecr;
    }

    /** The simulator's EKS, one method per AWS operation. */
    public EksGateway eks() {
        return eks;
    }

    /** The simulator's App Runner, one method per AWS operation. */
    public AppRunnerGateway appRunner() {
        return appRunner;
    }

    /**
     * Makes the world's account an existing App Runner customer (the default) or one created after AWS closed App
     * Runner to new customers, whose CreateService is refused. Journaled like an AWS call.
     */
    public void setAppRunnerCustomer(AppRunnerCustomer customer) {
        execute(new SetAppRunnerCustomerCommand(customer));
    }

    /** The simulator's Elastic Load Balancing, one method per AWS operation. */
    public ElbGateway elb() {
        return elb;
    }

    /** Failures to inject into this world; journaled like ECS calls. */
    public FaultInjection faults() {
        return faults;
    }

    /** The simulator's Application Auto Scaling for ECS services. */
    public ScalingGateway scaling() {
        return scaling;
    }

    /** The load services receive and the CloudWatch metrics and alarms that follow; journaled like ECS calls. */
    public LoadSimulation load() {
        return load;
    }

    /** The simulator's Amazon SQS, one method per AWS operation; ECS services work on its queues. */
    public SqsGateway sqs() {
        return sqs;
    }

    /** Everything that happened in each cluster, for the life of the world. */
    public ClusterFeed clusterFeed() {
        return feed;
    }

    /** The simulator's EventBridge: rules that run ECS tasks on a schedule or on events. */
    public EventsGateway events() {
        return events;
    }

    /** The simulator's IAM: the roles tasks and container instances use, and their policies. */
    public IamGateway iam() {
        return iam;
    }

    /** The simulator's Amazon EFS: file systems and mount targets for tasks' EFS volumes. */
    public EfsGateway efs() {
        return efs;
    }

    /** The simulator's EC2 Auto Scaling groups: the ones behind EC2 clusters' capacity providers. */
    public AutoScalingGroupsGateway autoScalingGroups() {
        return autoScalingGroups;
    }

    /** The simulator's CloudWatch: its engines' one-minute metrics and the alarms step scaling acts on. */
    public CloudWatchGateway cloudWatch() {
        return cloudWatch;
    }

    /** The simulator's S3: buckets whose uploads EventBridge rules act on. */
    public S3Gateway s3() {
        return s3;
    }

    /** The simulator's DynamoDB: the tables the flows' tasks write to. */
    public DynamoDbGateway dynamoDb() {
        return dynamoDb;
    }

    /** The simulator's SNS: topics, and what they published. */
    public SnsGateway sns() {
        return sns;
    }

    /** The simulator's EC2 instances: the ones behind its EKS node groups' nodes. */
    public Ec2Gateway ec2() {
        return ec2;
    }

    /** Rebuilds history: advances to the entry's time and applies its command, without journaling it again. */
    public void replay(JournalEntry entry) {
        writing(() -> {
            world.advanceTo(entry.atEpochMillis());
            return world.apply(entry.command());
        });
    }

    /** Applies a command at the current time and journals it; a refused command changes and journals nothing. */
    <R> R execute(EcsCommand<R> command) {
        return applyDurably(command, () -> command.applyTo(world.ecs()));
    }

    <R> R execute(EcrCommand<R> command) {
        return applyDurably(command, () -> command.applyTo(world.ecr()));
    }

    <R> R execute(ScalingCommand<R> command) {
        return applyDurably(command, () -> command.applyTo(world.scaling()));
    }

    /** Applies an EKS command at the current time and journals it, like {@link #execute(EcsCommand)}. */
    <R> R execute(EksCommand<R> command) {
        return applyDurably(command, () -> command.applyTo(world.eks()));
    }

    /** Applies an App Runner command at the current time and journals it, as {@link #execute(EcsCommand)}. */
    <R> R execute(AppRunnerCommand<R> command) {
        return applyDurably(command, () -> command.applyTo(world.appRunner()));
    }

    /** Applies an ELB command at the current time and journals it, as {@link #execute(EcsCommand)} does. */
    <R> R execute(ElbCommand<R> command) {
        return applyDurably(command, () -> command.applyTo(world.elb()));
    }

    /** Applies an SQS command at the current time and journals it, as {@link #execute(EcsCommand)} does. */
    <R> R execute(SqsCommand<R> command) {
        return applyDurably(command, () -> command.applyTo(world.sqs()));
    }

    /** Applies an EventBridge (or S3, DynamoDB, SNS) command at the current time and journals it. */
    <R> R execute(EventsCommand<R> command) {
        return applyDurably(command, () -> command.applyTo(world.events()));
    }

    /** Applies an IAM command at the current time and journals it, as {@link #execute(EcsCommand)} does. */
    <R> R execute(IamCommand<R> command) {
        return applyDurably(command, () -> command.applyTo(world.iam()));
    }

    /** Applies an EFS command at the current time and journals it, as {@link #execute(EcsCommand)} does. */
    <R> R execute(EfsCommand<R> command) {
        return applyDurably(command, () -> command.applyTo(world.efs()));
    }

    /**
     * Applies and journals a command under the lock (a refused one throws before it is journaled), then waits for the
     * journal to make it durable with the lock released: readers go on while the disk syncs, and the caller hears of
     * the change only once it would survive a crash. Entries are journaled in the order they were applied.
     */
    private <R> R applyDurably(SimCommand command, Supplier<R> apply) {
        R result = writing(() -> {
            R applied = apply.get();
            journal.append(new JournalEntry(world.nowMillis(), command));
            return applied;
        });
        journal.sync();
        return result;
    }

    /** Runs a change of the world alone: no reader or other writer sees the world while it changes. */
    private <R> R writing(Supplier<R> change) {
        lock.writeLock().lock();
        try {
            return change.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Runs a read-only question beside other readers; it waits only while a change is being applied. */
    private <R> R reading(Supplier<R> query) {
        lock.readLock().lock();
        try {
            return query.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Answers a read-only question about the scaling engine under the simulator's lock. */
    <R> R readScaling(Function<ScalingWorld, R> query) {
        return reading(() -> query.apply(world.scaling()));
    }

    /** Answers a read-only question about the world under the simulator's lock. */
    <R> R read(Function<EcsWorld, R> query) {
        return reading(() -> query.apply(world.ecs()));
    }

    /** Answers a read-only question about ECR under the simulator's lock. */
    <R> R readEcr(Function<EcrWorld, R> query) {
        return reading(() -> query.apply(world.ecr()));
    }

    /** Answers a read-only question about the simulated EKS under the simulator's lock. */
    <R> R readEks(Function<EksWorld, R> query) {
        return reading(() -> query.apply(world.eks()));
    }

    /** Answers a read-only question about the world's App Runner under the simulator's lock. */
    <R> R readAppRunner(Function<AppRunnerWorld, R> query) {
        return reading(() -> query.apply(world.appRunner()));
    }

    /** Answers a read-only question about the world's load balancers under the simulator's lock. */
    <R> R readElb(Function<ElbWorld, R> query) {
        return reading(() -> query.apply(world.elb()));
    }

    /** Answers a read-only question about the world's SQS queues under the simulator's lock. */
    <R> R readSqs(Function<SqsWorld, R> query) {
        return reading(() -> query.apply(world.sqs()));
    }

    private List<FeedEntry> readFeed(String cluster, long afterSequence, int maxResults) {
        return reading(() -> world.feeds().entriesAfter(cluster, afterSequence, maxResults));
    }

    /** Answers a read-only question about the world's EventBridge, S3, DynamoDB and SNS under the simulator's lock. */
    <R> R readEvents(Function<EventsWorld, R> query) {
        return reading(() -> query.apply(world.events()));
    }

    /** Answers a read-only question about the world's IAM under the simulator's lock. */
    <R> R readIam(Function<IamWorld, R> query) {
        return reading(() -> query.apply(world.iam()));
    }

    /** Answers a read-only question about the world's EFS under the simulator's lock. */
    <R> R readEfs(Function<EfsWorld, R> query) {
        return reading(() -> query.apply(world.efs()));
    }
}
