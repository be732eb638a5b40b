package dev.berth.core.gateway;

import dev.berth.core.model.LoadProfile;
import dev.berth.core.model.MetricAlarm;
import dev.berth.core.model.MetricDataResult;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The simulator's load and CloudWatch for ECS services: what load a service receives, the one-minute metrics that
 * follow from it and the running tasks, and the metric alarms that drive step scaling. Only a simulator offers it;
 * changes are journaled like any other call. Throws {@link GatewayException} (ClusterNotFoundException,
 * ServiceNotFoundException, ValidationException).
 */
public interface LoadSimulation {

    /** From now on the service receives this load. */
    void setLoadProfile(String cluster, String service, LoadProfile profile);

    /** Empty while the service receives no load. */
    Optional<LoadProfile> loadProfile(String cluster, String service);

    /**
     * CPUUtilization, MemoryUtilization, RequestCount, RequestCountPerTarget and RunningTaskCount of the service,
     * the minutes that start in [startTime, endTime), oldest first. Minutes without running tasks have no CPU,
     * memory or per-target datapoint, as CloudWatch has none.
     */
    List<MetricDataResult> getMetricData(String cluster, String service, Instant startTime, Instant endTime);

    /** Creates or replaces the alarm of that name. */
    void putMetricAlarm(MetricAlarm alarm);

    /** Every alarm with its current state, by name. */
    List<MetricAlarm> describeAlarms();

    void deleteAlarms(List<String> alarmNames);

    /**
     * From now on a producer sends the queue this load, in messages a minute; the profile's task capacity is how many
     * messages one worker task processes a minute. Throws QueueDoesNotExist.
     */
    void setProducerLoad(String queueUrl, LoadProfile profile);

    /** Empty while no producer sends the queue messages. */
    Optional<LoadProfile> producerLoad(String queueUrl);

    /**
     * The capacity provider's cluster auto scaling, one datapoint a minute in [startTime, endTime), oldest first:
     * CapacityProviderReservation (AWS/ECS/ManagedScaling), GroupDesiredCapacity and GroupInServiceInstances
     * (AWS/AutoScaling) of its auto scaling group. Empty for a provider without one.
     */
    List<MetricDataResult> getCapacityProviderMetricData(String cluster, String capacityProvider, Instant startTime,
                                                         Instant endTime);
}
