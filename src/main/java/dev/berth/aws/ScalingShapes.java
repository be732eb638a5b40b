package dev.berth.aws;

import dev.berth.core.model.Alarm;
import dev.berth.core.model.CustomizedMetricSpecification;
import dev.berth.core.model.MetricDimension;
import dev.berth.core.model.NotScaledReason;
import dev.berth.core.model.PredefinedMetricSpecification;
import dev.berth.core.model.PutScalingPolicyRequest;
import dev.berth.core.model.PutScalingPolicyResult;
import dev.berth.core.model.PutScheduledActionRequest;
import dev.berth.core.model.RegisterScalableTargetRequest;
import dev.berth.core.model.ScalableTarget;
import dev.berth.core.model.ScalableTargetAction;
import dev.berth.core.model.ScalingActivity;
import dev.berth.core.model.ScalingPolicy;
import dev.berth.core.model.ScheduledAction;
import dev.berth.core.model.StepAdjustment;
import dev.berth.core.model.StepScalingPolicyConfiguration;
import dev.berth.core.model.SuspendedState;
import dev.berth.core.model.TargetTrackingMetric;
import dev.berth.core.model.TargetTrackingMetricDataQuery;
import dev.berth.core.model.TargetTrackingMetricStat;
import dev.berth.core.model.TargetTrackingScalingPolicyConfiguration;

import static dev.berth.aws.EcsShapes.map;

/**
 * Application Auto Scaling shapes between the SDK's classes and Berth's records, member by member (both use AWS's
 * names). Null request members are left out, so AWS keeps or defaults them.
 */
final class ScalingShapes {
    private ScalingShapes() {
    }

    // ---- requests

    static software.amazon.awssdk.services.applicationautoscaling.model.RegisterScalableTargetRequest register(
            RegisterScalableTargetRequest r) {
        return software.amazon.awssdk.services.applicationautoscaling.model.RegisterScalableTargetRequest.builder()
                .serviceNamespace(r.serviceNamespace())
                .resourceId(r.resourceId())
                .scalableDimension(r.scalableDimension())
                .minCapacity(r.minCapacity())
                .maxCapacity(r.maxCapacity())
                .roleARN(r.roleARN())
                .suspendedState(suspendedState(r.suspendedState()))
                .build();
    }

    static software.amazon.awssdk.services.applicationautoscaling.model.PutScalingPolicyRequest putPolicy(
            PutScalingPolicyRequest r) {
        return software.amazon.awssdk.services.applicationautoscaling.model.PutScalingPolicyRequest.builder()
                .policyName(r.policyName())
                .serviceNamespace(r.serviceNamespace())
                .resourceId(r.resourceId())
                .scalableDimension(r.scalableDimension())
                .policyType(r.policyType())
                .stepScalingPolicyConfiguration(step(r.stepScalingPolicyConfiguration()))
                .targetTrackingScalingPolicyConfiguration(tracking(r.targetTrackingScalingPolicyConfiguration()))
                .build();
    }

    static software.amazon.awssdk.services.applicationautoscaling.model.PutScheduledActionRequest putScheduledAction(
            PutScheduledActionRequest r) {
        ScalableTargetAction action = r.scalableTargetAction();
        return software.amazon.awssdk.services.applicationautoscaling.model.PutScheduledActionRequest.builder()
                .serviceNamespace(r.serviceNamespace())
                .schedule(r.schedule())
                .timezone(r.timezone())
                .scheduledActionName(r.scheduledActionName())
                .resourceId(r.resourceId())
                .scalableDimension(r.scalableDimension())
                .startTime(r.startTime())
                .endTime(r.endTime())
                .scalableTargetAction(action == null ? null
                        : software.amazon.awssdk.services.applicationautoscaling.model.ScalableTargetAction.builder()
                                .minCapacity(action.minCapacity())
                                .maxCapacity(action.maxCapacity())
                                .build())
                .build();
    }

    private static software.amazon.awssdk.services.applicationautoscaling.model.SuspendedState suspendedState(
            SuspendedState s) {
        return s == null ? null : software.amazon.awssdk.services.applicationautoscaling.model.SuspendedState.builder()
                .dynamicScalingInSuspended(s.dynamicScalingInSuspended())
                .dynamicScalingOutSuspended(s.dynamicScalingOutSuspended())
                .scheduledScalingSuspended(s.scheduledScalingSuspended())
                .build();
    }

    private static software.amazon.awssdk.services.applicationautoscaling.model.StepScalingPolicyConfiguration step(
            StepScalingPolicyConfiguration c) {
        return c == null ? null
                : software.amazon.awssdk.services.applicationautoscaling.model.StepScalingPolicyConfiguration.builder()
                        .adjustmentType(c.adjustmentType())
                        .stepAdjustments(map(c.stepAdjustments(), a ->
                                software.amazon.awssdk.services.applicationautoscaling.model.StepAdjustment.builder()
                                        .metricIntervalLowerBound(a.metricIntervalLowerBound())
                                        .metricIntervalUpperBound(a.metricIntervalUpperBound())
                                        .scalingAdjustment(a.scalingAdjustment())
                                        .build()))
                        .minAdjustmentMagnitude(c.minAdjustmentMagnitude())
                        .cooldown(c.cooldown())
                        .metricAggregationType(c.metricAggregationType())
                        .build();
    }

    private static software.amazon.awssdk.services.applicationautoscaling.model.TargetTrackingScalingPolicyConfiguration
            tracking(TargetTrackingScalingPolicyConfiguration c) {
        if (c == null) {
            return null;
        }
        PredefinedMetricSpecification metric = c.predefinedMetricSpecification();
        return software.amazon.awssdk.services.applicationautoscaling.model.TargetTrackingScalingPolicyConfiguration
                .builder()
                .targetValue(c.targetValue())
                .predefinedMetricSpecification(metric == null ? null
                        : software.amazon.awssdk.services.applicationautoscaling.model.PredefinedMetricSpecification
                                .builder()
                                .predefinedMetricType(metric.predefinedMetricType())
                                .resourceLabel(metric.resourceLabel())
                                .build())
                .customizedMetricSpecification(customized(c.customizedMetricSpecification()))
                .scaleOutCooldown(c.scaleOutCooldown())
                .scaleInCooldown(c.scaleInCooldown())
                .disableScaleIn(c.disableScaleIn())
                .build();
    }

    private static software.amazon.awssdk.services.applicationautoscaling.model.CustomizedMetricSpecification
            customized(CustomizedMetricSpecification c) {
        if (c == null) {
            return null;
        }
        var sdk = software.amazon.awssdk.services.applicationautoscaling.model.CustomizedMetricSpecification.builder()
                .metricName(c.metricName()).namespace(c.namespace()).statistic(c.statistic()).unit(c.unit());
        if (!c.dimensions().isEmpty()) {
            sdk.dimensions(map(c.dimensions(), ScalingShapes::dimension));
        }
        if (!c.metrics().isEmpty()) {
            sdk.metrics(map(c.metrics(), q -> software.amazon.awssdk.services.applicationautoscaling.model
                    .TargetTrackingMetricDataQuery.builder().expression(q.expression()).id(q.id()).label(q.label())
                    .returnData(q.returnData()).metricStat(q.metricStat() == null ? null : software.amazon.awssdk
                            .services.applicationautoscaling.model.TargetTrackingMetricStat.builder()
                            .stat(q.metricStat().stat()).unit(q.metricStat().unit())
                            .metric(software.amazon.awssdk.services.applicationautoscaling.model.TargetTrackingMetric
                                    .builder().metricName(q.metricStat().metric().metricName())
                                    .namespace(q.metricStat().metric().namespace())
                                    .dimensions(map(q.metricStat().metric().dimensions(), d -> software.amazon
                                            .awssdk.services.applicationautoscaling.model
                                            .TargetTrackingMetricDimension.builder().name(d.name())
                                            .value(d.value()).build()))
                                    .build())
                            .build())
                    .build()));
        }
        return sdk.build();
    }

    private static software.amazon.awssdk.services.applicationautoscaling.model.MetricDimension dimension(
            MetricDimension d) {
        return software.amazon.awssdk.services.applicationautoscaling.model.MetricDimension.builder().name(d.name())
                .value(d.value()).build();
    }

    // ---- responses

    static ScalableTarget target(software.amazon.awssdk.services.applicationautoscaling.model.ScalableTarget t) {
        return new ScalableTarget(t.serviceNamespaceAsString(), t.resourceId(), t.scalableDimensionAsString(),
                zeroIfNull(t.minCapacity()), zeroIfNull(t.maxCapacity()), t.roleARN(), t.creationTime(),
                suspendedState(t.suspendedState()), t.scalableTargetARN());
    }

    static PutScalingPolicyResult putPolicyResult(
            software.amazon.awssdk.services.applicationautoscaling.model.PutScalingPolicyResponse r) {
        return new PutScalingPolicyResult(r.policyARN(), map(r.alarms(), ScalingShapes::alarm));
    }

    static ScalingPolicy policy(software.amazon.awssdk.services.applicationautoscaling.model.ScalingPolicy p) {
        return new ScalingPolicy(p.policyARN(), p.policyName(), p.serviceNamespaceAsString(), p.resourceId(),
                p.scalableDimensionAsString(), p.policyTypeAsString(), step(p.stepScalingPolicyConfiguration()),
                tracking(p.targetTrackingScalingPolicyConfiguration()), map(p.alarms(), ScalingShapes::alarm),
                p.creationTime());
    }

    static ScheduledAction scheduledAction(
            software.amazon.awssdk.services.applicationautoscaling.model.ScheduledAction a) {
        var action = a.scalableTargetAction();
        return new ScheduledAction(a.scheduledActionName(), a.scheduledActionARN(), a.serviceNamespaceAsString(),
                a.schedule(), a.timezone(), a.resourceId(), a.scalableDimensionAsString(), a.startTime(), a.endTime(),
                action == null ? null : new ScalableTargetAction(action.minCapacity(), action.maxCapacity()),
                a.creationTime());
    }

    static ScalingActivity activity(software.amazon.awssdk.services.applicationautoscaling.model.ScalingActivity a) {
        return new ScalingActivity(a.activityId(), a.serviceNamespaceAsString(), a.resourceId(),
                a.scalableDimensionAsString(), a.description(), a.cause(), a.startTime(), a.endTime(),
                a.statusCodeAsString(), a.statusMessage(), a.details(), map(a.notScaledReasons(), r ->
                        new NotScaledReason(r.code(), r.maxCapacity(), r.minCapacity(), r.currentCapacity())));
    }

    private static Alarm alarm(software.amazon.awssdk.services.applicationautoscaling.model.Alarm a) {
        return new Alarm(a.alarmName(), a.alarmARN());
    }

    private static SuspendedState suspendedState(
            software.amazon.awssdk.services.applicationautoscaling.model.SuspendedState s) {
        return s == null ? null : new SuspendedState(s.dynamicScalingInSuspended(), s.dynamicScalingOutSuspended(),
                s.scheduledScalingSuspended());
    }

    private static StepScalingPolicyConfiguration step(
            software.amazon.awssdk.services.applicationautoscaling.model.StepScalingPolicyConfiguration c) {
        return c == null ? null : new StepScalingPolicyConfiguration(c.adjustmentTypeAsString(),
                map(c.stepAdjustments(), a -> new StepAdjustment(a.metricIntervalLowerBound(),
                        a.metricIntervalUpperBound(), zeroIfNull(a.scalingAdjustment()))),
                c.minAdjustmentMagnitude(), c.cooldown(), c.metricAggregationTypeAsString());
    }

    private static TargetTrackingScalingPolicyConfiguration tracking(
            software.amazon.awssdk.services.applicationautoscaling.model.TargetTrackingScalingPolicyConfiguration c) {
        if (c == null) {
            return null;
        }
        var metric = c.predefinedMetricSpecification();
        return new TargetTrackingScalingPolicyConfiguration(c.targetValue(), metric == null ? null
                : new PredefinedMetricSpecification(metric.predefinedMetricTypeAsString(), metric.resourceLabel()),
                c.scaleOutCooldown(), c.scaleInCooldown(), c.disableScaleIn(),
                customized(c.customizedMetricSpecification()));
    }

    private static CustomizedMetricSpecification customized(
            software.amazon.awssdk.services.applicationautoscaling.model.CustomizedMetricSpecification c) {
        if (c == null) {
            return null;
        }
        return new CustomizedMetricSpecification(c.metricName(), c.namespace(),
                map(c.dimensions(), d -> new MetricDimension(d.name(), d.value())), c.statisticAsString(),
                c.unit(), map(c.metrics(), q -> new TargetTrackingMetricDataQuery(q.expression(), q.id(),
                        q.label(), q.metricStat() == null ? null : new TargetTrackingMetricStat(
                                new TargetTrackingMetric(map(q.metricStat().metric().dimensions(),
                                        d -> new MetricDimension(d.name(), d.value())),
                                        q.metricStat().metric().metricName(), q.metricStat().metric().namespace()),
                                q.metricStat().stat(), q.metricStat().unit()), q.returnData())));
    }

    private static int zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }
}
