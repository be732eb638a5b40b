package dev.berth.sim.scaling;

import dev.berth.core.gateway.CloudWatchGateway;
import dev.berth.core.gateway.LoadSimulation;
import dev.berth.core.gateway.ScalingGateway;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.LoadProfile;
import dev.berth.core.model.LoadShape;
import dev.berth.core.model.Metric;
import dev.berth.core.model.RegisterScalableTargetRequest;
import dev.berth.core.model.ScalingActivity;
import dev.berth.core.model.ScalingNames;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.EcsFixture;
import dev.berth.sim.MetricReads;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A cluster with the service {@code web} (Fargate, 2 tasks, steady at 09:05) and its auto scaling. */
final class ScalingFixture {
    static final String SERVICE = "web";
    static final String RESOURCE_ID = "service/" + EcsFixture.CLUSTER + "/" + SERVICE;

    final EcsFixture ecs;
    final ScalingGateway scaling;
    final LoadSimulation load;
    final CloudWatchGateway cloudWatch;

    ScalingFixture(long seed) {
        this(seed, CommandJournal.none());
    }

    ScalingFixture(long seed, CommandJournal journal) {
        ecs = new EcsFixture(seed, journal).withCluster();
        scaling = ecs.simulator.scaling();
        load = ecs.simulator.load();
        cloudWatch = ecs.simulator.cloudWatch();
        ecs.fargateDefinition("web", "nginx:1.27");
        ecs.fargateService(SERVICE, "web:1", 2, DeploymentConfiguration.defaults());
        advanceTo("09:05:00");
    }

    void register(int min, int max) {
        scaling.registerScalableTarget(RegisterScalableTargetRequest.ecsService(EcsFixture.CLUSTER, SERVICE, min, max));
    }

    /** 300 requests a minute (25 % CPU on 2 tasks of 600), 1800 for {@code minutes} from {@code start}. */
    void spike(String start, int minutes) {
        load.setLoadProfile(EcsFixture.CLUSTER, SERVICE, new LoadProfile(LoadShape.SPIKE, 300, 1800, at(start),
                minutes, 600));
    }

    static Instant at(String time) {
        return Instant.parse("2026-03-02T" + time + "Z");
    }

    void advanceTo(String time) {
        ecs.simulator.advanceTo(at(time));
    }

    int desired() {
        return ecs.service(SERVICE).desiredCount();
    }

    /** Oldest first. */
    List<ScalingActivity> activities() {
        List<ScalingActivity> activities = new ArrayList<>(scaling.describeScalingActivities(ScalingNames.ECS,
                RESOURCE_ID, null, null, null, false).items());
        Collections.reverse(activities);
        return activities;
    }

    /** Each activity as "HH:MM:SS description | cause". */
    List<String> timeline() {
        return activities().stream().map(a -> a.startTime().toString().substring(11, 19) + " " + a.description()
                + " | " + a.cause()).toList();
    }

    List<Double> cpu(String from, String to) {
        return MetricReads.perMinute(cloudWatch, Metric.ecsService("CPUUtilization", EcsFixture.CLUSTER, SERVICE),
                at(from), at(to)).values();
    }

    void advance(Duration amount) {
        ecs.advance(amount);
    }
}
