package dev.berth.sim.sqs;

import dev.berth.core.gateway.ScalingGateway;
import dev.berth.core.model.CustomizedMetricSpecification;
import dev.berth.core.model.LoadProfile;
import dev.berth.core.model.LoadShape;
import dev.berth.core.model.Metric;
import dev.berth.core.model.MetricDataResult;
import dev.berth.core.model.PutScalingPolicyRequest;
import dev.berth.core.model.RegisterScalableTargetRequest;
import dev.berth.core.model.ScalingActivity;
import dev.berth.core.model.ScalingNames;
import dev.berth.core.model.TargetTrackingScalingPolicyConfiguration;
import dev.berth.sim.EcsFixture;
import dev.berth.sim.MetricReads;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static dev.berth.sim.EcsFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Target tracking on an SQS queue's backlog per task (ApproximateNumberOfMessagesVisible / RunningTaskCount in metric
 * math), as AWS recommends for queue workers: out when the backlog per task stays above the target, in when it stays
 * below, with target tracking's alarms and cooldowns.
 */
class BacklogPerTaskScalingTest {
    private static final Instant NINE_TEN = Instant.parse("2026-03-02T09:10:00Z");

    private static TargetTrackingScalingPolicyConfiguration backlog(double target) {
        return TargetTrackingScalingPolicyConfiguration.of(CustomizedMetricSpecification.backlogPerTask(
                QueueFixture.QUEUE, EcsFixture.CLUSTER, "worker"), target);
    }

    @Test
    void aSpikeOfMessagesScalesTheWorkersOutAndTheDrainedQueueScalesThemBackIn() {
        QueueFixture f = new QueueFixture(21);
        f.workers(1);
        ScalingGateway scaling = f.ecs.simulator.scaling();
        scaling.registerScalableTarget(RegisterScalableTargetRequest.ecsService(EcsFixture.CLUSTER, "worker", 1, 4));
        scaling.putScalingPolicy(PutScalingPolicyRequest.targetTracking(EcsFixture.CLUSTER, "worker", "backlog100",
                backlog(100)));
        f.ecs.simulator.advanceTo(NINE_TEN);
        // 1200 messages a minute from 09:11 for 20 minutes; one task processes 300 a minute, so 4 keep up.
        f.ecs.simulator.load().setProducerLoad(f.queueUrl, new LoadProfile(LoadShape.SPIKE, 0, 1200,
                NINE_TEN.plusSeconds(60), 20, 300));

        f.ecs.advanceUntil(x -> x.service("worker").desiredCount() > 1, Duration.ofMinutes(1), Duration.ofMinutes(10));
        List<ScalingActivity> out = activities(scaling);
        assertThat(out.get(0).cause()).startsWith("monitor alarm TargetTracking-service/test-cluster/worker-AlarmHigh-")
                .endsWith(" in state ALARM triggered policy backlog100");
        assertThat(out.get(0).description()).isEqualTo("Setting desired count to " + f.ecs.service("worker")
                .desiredCount() + ".");

        // Three minutes above the target: ceil(1 × backlog per task / 100) tasks, capped at the maximum.
        assertThat(f.ecs.simulator.now()).isEqualTo(NINE_TEN.plusSeconds(4 * 60));
        assertThat(f.ecs.service("worker").desiredCount()).isEqualTo(4);
        f.ecs.simulator.advanceTo(NINE_TEN.plusSeconds(20 * 60));
        assertThat(f.ecs.service("worker").desiredCount()).isEqualTo(4);
        assertThat(f.visible()).isGreaterThan(400);

        // The spike ends at 09:31; the workers drain the queue, and 15 minutes below 90 % of the target scale in.
        f.ecs.advanceUntil(x -> x.service("worker").desiredCount() == 1, Duration.ofMinutes(1),
                Duration.ofMinutes(40));
        assertThat(f.ecs.simulator.now()).isAfter(NINE_TEN.plusSeconds(36 * 60));
        assertThat(f.visible()).isZero();
        List<ScalingActivity> all = activities(scaling);
        assertThat(all).extracting(ScalingActivity::description).containsExactly("Setting desired count to 4.",
                "Setting desired count to 1.");
        assertThat(all.get(1).cause()).contains("-AlarmLow-");

        MetricDataResult visible = MetricReads.perMinute(f.ecs.simulator.cloudWatch(),
                Metric.visibleMessages(QueueFixture.QUEUE), NINE_TEN, f.ecs.simulator.now());
        assertThat(visible.values()).anyMatch(v -> v > 100).last().isEqualTo(0.0);
    }

    @Test
    void aCustomizedMetricTheSimulatorCannotComputeIsRefused() {
        QueueFixture f = new QueueFixture(22);
        f.workers(1);
        ScalingGateway scaling = f.ecs.simulator.scaling();
        scaling.registerScalableTarget(RegisterScalableTargetRequest.ecsService(EcsFixture.CLUSTER, "worker", 1, 8));
        CustomizedMetricSpecification otherService = CustomizedMetricSpecification.backlogPerTask(
                QueueFixture.QUEUE, EcsFixture.CLUSTER, "web");
        assertRefused(() -> scaling.putScalingPolicy(PutScalingPolicyRequest.targetTracking(EcsFixture.CLUSTER,
                "worker", "p", TargetTrackingScalingPolicyConfiguration.of(otherService, 10))),
                "ValidationException", "The simulator computes the customized metrics AWS/SQS "
                        + "ApproximateNumberOfMessagesVisible (dimension QueueName) and, in metric math, that metric "
                        + "divided by ECS/ContainerInsights RunningTaskCount of the scaled service (the backlog per "
                        + "task); m2 must be ECS/ContainerInsights RunningTaskCount with ClusterName test-cluster "
                        + "and ServiceName worker");
    }

    private static List<ScalingActivity> activities(ScalingGateway scaling) {
        List<ScalingActivity> oldestFirst = new ArrayList<>(scaling.describeScalingActivities(ScalingNames.ECS,
                ScalingNames.resourceId(EcsFixture.CLUSTER, "worker"), null, null, null, false).items());
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }
}
