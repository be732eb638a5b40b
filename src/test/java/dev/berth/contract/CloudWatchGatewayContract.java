package dev.berth.contract;

import dev.berth.core.gateway.CloudWatchGateway;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.LoadProfile;
import dev.berth.core.model.Metric;
import dev.berth.core.model.MetricAlarm;
import dev.berth.core.model.MetricDataQuery;
import dev.berth.core.model.MetricDataResult;
import dev.berth.core.model.MetricDimension;
import dev.berth.core.model.MetricStat;
import dev.berth.core.model.PutMetricAlarmRequest;
import dev.berth.sim.EcsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

import static dev.berth.sim.EcsFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every CloudWatch backend must do for the views: run by {@link SimCloudWatchGatewayTest} against the
 * simulator's own gateway and by {@link AwsCloudWatchGatewayTest} against the AWS SDK gateway talking awsQuery to the
 * simulator's endpoint. The world: service {@code web} with two Fargate tasks, steady from 09:05, receiving 900
 * requests a minute, 75 % of what two tasks serve at full CPU.
 */
abstract class CloudWatchGatewayContract {
    private static final Instant NINE_TEN = Instant.parse("2026-03-02T09:10:00Z");
    private static final Metric CPU = Metric.ecsService("CPUUtilization", EcsFixture.CLUSTER, "web");
    private static final Metric MEMORY = Metric.ecsService("MemoryUtilization", EcsFixture.CLUSTER, "web");
    private static final Metric TASKS = Metric.runningTaskCount(EcsFixture.CLUSTER, "web");

    private EcsFixture world;
    private CloudWatchGateway cloudWatch;

    /** The gateway under test over the fixture's simulator. */
    protected abstract CloudWatchGateway backend(EcsFixture world);

    @BeforeEach
    void world() {
        world = new EcsFixture(31).withCluster();
        world.fargateDefinition("web", "nginx:1.27");
        world.fargateService("web", "web:1", 2, DeploymentConfiguration.defaults());
        world.advance(Duration.ofMinutes(5));
        world.simulator.load().setLoadProfile(EcsFixture.CLUSTER, "web", LoadProfile.constant(900, NINE_TEN));
        world.advance(Duration.ofMinutes(15));
        cloudWatch = backend(world);
    }

    @Test
    void aServicesMetricsAreOneMinuteDatapointsOldestFirst() {
        List<MetricDataResult> results = cloudWatch.getMetricData(List.of(
                        new MetricDataQuery("cpu", new MetricStat(CPU, 60, "Average"), "CPU", null),
                        MetricDataQuery.perMinute("memory", MEMORY, "Average"),
                        MetricDataQuery.perMinute("tasks", TASKS, "Maximum")),
                NINE_TEN, NINE_TEN.plus(Duration.ofMinutes(5)), null).items();

        assertThat(results).extracting(MetricDataResult::id).containsExactly("cpu", "memory", "tasks");
        assertThat(results).extracting(MetricDataResult::label).containsExactly("CPU", "MemoryUtilization",
                "RunningTaskCount");
        List<Instant> minutes = List.of(NINE_TEN, NINE_TEN.plusSeconds(60), NINE_TEN.plusSeconds(120),
                NINE_TEN.plusSeconds(180), NINE_TEN.plusSeconds(240));
        assertThat(results).allSatisfy(r -> assertThat(r.timestamps()).isEqualTo(minutes));
        assertThat(results.get(0).values()).containsOnly(75.0);
        assertThat(results.get(1).values()).containsOnly(67.5);
        assertThat(results.get(2).values()).containsOnly(2.0);
    }

    @Test
    void aLongerPeriodAggregatesItsMinutesByTheStatistic() {
        List<MetricDataResult> results = cloudWatch.getMetricData(List.of(
                        new MetricDataQuery("sum", new MetricStat(TASKS, 300, "Sum"), null, null),
                        new MetricDataQuery("samples", new MetricStat(TASKS, 300, "SampleCount"), null, null),
                        new MetricDataQuery("hidden", new MetricStat(CPU, 300, "Average"), null, false)),
                NINE_TEN, NINE_TEN.plus(Duration.ofMinutes(10)), null).items();

        assertThat(results).extracting(MetricDataResult::id).containsExactly("sum", "samples");
        assertThat(results.get(0).timestamps()).containsExactly(NINE_TEN, NINE_TEN.plusSeconds(300));
        assertThat(results.get(0).values()).containsExactly(10.0, 10.0);
        assertThat(results.get(1).values()).containsExactly(5.0, 5.0);
    }

    @Test
    void aMetricWithoutDataAnswersNoDatapoints() {
        Metric other = Metric.ecsService("CPUUtilization", EcsFixture.CLUSTER, "no-such-service");
        Metric unknown = new Metric("Custom/App", "Orders", List.of(new MetricDimension("Shop", "main")));

        List<MetricDataResult> results = cloudWatch.getMetricData(List.of(
                MetricDataQuery.perMinute("other", other, "Average"),
                MetricDataQuery.perMinute("unknown", unknown, "Sum")), NINE_TEN, NINE_TEN.plusSeconds(600), null)
                .items();

        assertThat(results).extracting(MetricDataResult::id).containsExactly("other", "unknown");
        assertThat(results).allSatisfy(r -> assertThat(r.timestamps()).isEmpty());
    }

    @Test
    void getMetricDataRefusesWhatCloudWatchRefuses() {
        List<MetricDataQuery> cpu = List.of(MetricDataQuery.perMinute("cpu", CPU, "Average"));
        assertRefused(() -> cloudWatch.getMetricData(cpu, NINE_TEN, NINE_TEN, null), "ValidationError",
                "The parameter StartTime must be less than the parameter EndTime.");
        assertRefused(() -> cloudWatch.getMetricData(List.of(MetricDataQuery.perMinute("Cpu", CPU, "Average")),
                NINE_TEN, NINE_TEN.plusSeconds(60), null), "ValidationError",
                "The value Cpu for parameter MetricDataQueries.member.1.Id is not valid.");
        assertRefused(() -> cloudWatch.getMetricData(List.of(cpu.get(0), cpu.get(0)), NINE_TEN,
                NINE_TEN.plusSeconds(60), null), "ValidationError",
                "The values for parameter id in MetricDataQueries are not unique.");
        assertRefused(() -> cloudWatch.getMetricData(cpu, NINE_TEN, NINE_TEN.plusSeconds(60), "not-a-token"),
                "InvalidNextToken", "The service returned an error with Error Code InvalidNextToken: the token was "
                        + "not handed out by this endpoint.");
    }

    @Test
    void anAlarmStartsWithoutDataThenFollowsItsMetric() {
        cloudWatch.putMetricAlarm(new PutMetricAlarmRequest("web-cpu-high", CPU, "Average", 60, 2, 2, 70,
                "GreaterThanThreshold", List.of()));
        cloudWatch.putMetricAlarm(PutMetricAlarmRequest.everyMinute("web-cpu-low", CPU, "LessThanThreshold", 40,
                List.of()));

        List<MetricAlarm> alarms = cloudWatch.describeAlarms(List.of(), null).items();
        assertThat(alarms).extracting(MetricAlarm::alarmName).containsExactly("web-cpu-high", "web-cpu-low");
        MetricAlarm high = alarms.get(0);
        assertThat(high).isEqualTo(new MetricAlarm("web-cpu-high",
                "arn:aws:cloudwatch:us-east-1:123456789012:alarm:web-cpu-high", "AWS/ECS", "CPUUtilization",
                CPU.dimensions(), "Average", 60, 2, 2, 70, "GreaterThanThreshold", List.of(), "INSUFFICIENT_DATA"));

        world.advance(Duration.ofMinutes(3));
        assertThat(cloudWatch.describeAlarms(List.of("web-cpu-high"), null).items())
                .extracting(MetricAlarm::stateValue).containsExactly("ALARM");
        assertThat(cloudWatch.describeAlarms(List.of("web-cpu-low"), null).items())
                .extracting(MetricAlarm::stateValue).containsExactly("OK");

        cloudWatch.deleteAlarms(List.of("web-cpu-high", "never-made"));
        assertThat(cloudWatch.describeAlarms(List.of(), null).items()).extracting(MetricAlarm::alarmName)
                .containsExactly("web-cpu-low");
    }

    @Test
    void putMetricAlarmRefusesWhatCloudWatchRefuses() {
        assertRefused(() -> cloudWatch.putMetricAlarm(PutMetricAlarmRequest.everyMinute("a", CPU, "Above", 1,
                        List.of())), "ValidationError", "1 validation error detected: Value 'Above' at "
                        + "'comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: "
                        + "[GreaterThanOrEqualToThreshold, GreaterThanThreshold, LessThanThreshold, "
                        + "LessThanOrEqualToThreshold]");
        assertRefused(() -> cloudWatch.putMetricAlarm(new PutMetricAlarmRequest("a", CPU, "Average", 60, 2, 3, 1,
                        "GreaterThanThreshold", List.of())), "ValidationError",
                "DatapointsToAlarm must be between 1 and EvaluationPeriods.");
        assertThat(cloudWatch.describeAlarms(Collections.emptyList(), null).items()).isEmpty();
    }
}
