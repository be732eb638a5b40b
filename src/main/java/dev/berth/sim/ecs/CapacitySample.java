package dev.berth.sim.ecs;

import java.time.Instant;

/**
 * One minute of an auto scaling group: CapacityProviderReservation (null while managed scaling is off or the provider
 * is not associated with the cluster), the desired capacity after
 * the minute's scaling decision, and the instances in service (booted, the agent registered, not leaving).
 */
record CapacitySample(Instant minute, Double reservation, int desiredCapacity, int inService) {
}
