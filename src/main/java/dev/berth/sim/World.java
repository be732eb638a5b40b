package dev.berth.sim;

import dev.berth.sim.apprunner.AppRunnerCommand;
import dev.berth.sim.apprunner.AppRunnerWorld;
import dev.berth.sim.ecr.EcrCommand;
import dev.berth.sim.ecr.EcrWorld;
import dev.berth.sim.ecs.EcsCommand;
import dev.berth.sim.ecs.EcsWorld;
import dev.berth.sim.ecs.ImageRegistry;
import dev.berth.sim.efs.EfsCommand;
import dev.berth.sim.efs.EfsWorld;
import dev.berth.sim.iam.IamCommand;
import dev.berth.sim.iam.IamWorld;
import dev.berth.sim.eks.EksCommand;
import dev.berth.sim.eks.EksWorld;
import dev.berth.sim.elb.ElbCommand;
import dev.berth.sim.elb.ElbWorld;
import dev.berth.sim.events.EventsCommand;
import dev.berth.sim.events.EventsWorld;
import dev.berth.sim.scaling.ScalingCommand;
import dev.berth.sim.scaling.ScalingWorld;
import dev.berth.sim.sqs.SqsCommand;
import dev.berth.sim.sqs.SqsWorld;

import java.time.Instant;

/** All the state of one simulated world, and its virtual time. Not thread-safe: the {@link Simulator} guards it. */
final class World {
    /** Salt of ECR's own random stream, so ECR's draws never shift the ECS history of a seed. */
    private static final long ECR_RANDOM = 0x45435252414e444dL;
    /** Salt of the ELB engine's random stream ("ELB"). */
    private static final long ELB_STREAM = 0x454C42L;
    /** Mixed into the seed for the auto scaling engine's own random stream. */
    private static final long SCALING_STREAM = 0x5CA1AB1E5CA1AB1EL;
    /** Salt of SQS's own random stream ("SQS"). */
    private static final long SQS_STREAM = 0x535153L;
    /** Salt of the EventBridge engine's random stream ("EVENTS"). */
    private static final long EVENTS_STREAM = 0x4556454E5453L;
    /** Salts of IAM's ("IAM") and EFS's ("EFS") own random streams. */
    private static final long IAM_STREAM = 0x49414DL;
    private static final long EFS_STREAM = 0x454653L;


    private final WorldContext context;
    private final EcrWorld ecr;
    private final EcsWorld ecs;
    private final EksWorld eks;
    private final AppRunnerWorld appRunner;
    private final ElbWorld elb;
    private final ScalingWorld scaling;
    private final SqsWorld sqs;
    private final EventsWorld events;
    private final IamWorld iam;
    private final EfsWorld efs;

    World(WorldSettings settings) {
        this.context = new WorldContext(settings);
        this.ecr = new EcrWorld(context.withOwnRandom(ECR_RANDOM));
        this.elb = new ElbWorld(context.withOwnRandom(ELB_STREAM));
        ImageRegistry images = ecr.images(ImageRegistry.publicOnly());
        this.iam = new IamWorld(context.withOwnRandom(IAM_STREAM));
        this.efs = new EfsWorld(context.withOwnRandom(EFS_STREAM));
        this.ecs = new EcsWorld(context, images, elb, iam, efs);
        this.eks = new EksWorld(context);
        this.appRunner = new AppRunnerWorld(context, images);
        this.sqs = new SqsWorld(context.withOwnRandom(SQS_STREAM), ecs);
        this.scaling = new ScalingWorld(context.withOwnRandom(SCALING_STREAM), ecs, sqs);
        this.events = new EventsWorld(context.withOwnRandom(EVENTS_STREAM), ecs);
    }

    long nowMillis() {
        return context.nowMillis();
    }

    Instant now() {
        return context.now();
    }

    EcsWorld ecs() {
        return ecs;
    }

    EcrWorld ecr() {
        return ecr;
    }

    EksWorld eks() {
        return eks;
    }

    AppRunnerWorld appRunner() {
        return appRunner;
    }

    ElbWorld elb() {
        return elb;
    }

    ScalingWorld scaling() {
        return scaling;
    }

    FeedStore feeds() {
        return context.feeds();
    }

    SqsWorld sqs() {
        return sqs;
    }

    EventsWorld events() {
        return events;
    }

    IamWorld iam() {
        return iam;
    }

    EfsWorld efs() {
        return efs;
    }

    /** Runs every event due up to {@code untilMillis}, in order, then stands at that time. */
    void advanceTo(long untilMillis) {
        context.advanceTo(untilMillis);
    }

    /** Applies a journaled command; refused commands are never journaled, so replay applies only accepted ones. */
    Object apply(SimCommand command) {
        if (command instanceof EcsCommand<?> ecsCommand) {
            return ecsCommand.applyTo(ecs);
        }
        if (command instanceof EcrCommand<?> ecrCommand) {
            return ecrCommand.applyTo(ecr);
        }
        if (command instanceof EksCommand<?> eksCommand) {
            return eksCommand.applyTo(eks);
        }
        if (command instanceof AppRunnerCommand<?> appRunnerCommand) {
            return appRunnerCommand.applyTo(appRunner);
        }
        if (command instanceof ElbCommand<?> elbCommand) {
            return elbCommand.applyTo(elb);
        }
        if (command instanceof ScalingCommand<?> scalingCommand) {
            return scalingCommand.applyTo(scaling);
        }
        if (command instanceof SqsCommand<?> sqsCommand) {
            return sqsCommand.applyTo(sqs);
        }
        if (command instanceof EventsCommand<?> eventsCommand) {
            return eventsCommand.applyTo(events);
    }

        if (command instanceof IamCommand<?> iamCommand) {
            return iamCommand.applyTo(iam);
        }
        if (command instanceof EfsCommand<?> efsCommand) {
            return efsCommand.applyTo(efs);
        }
        throw new IllegalArgumentException("Not a command this world knows: " + command);
    }
}
