package dev.berth.core.gateway;

import dev.berth.core.model.Fault;
import dev.berth.core.model.InjectFaultRequest;

import java.util.List;

/**
 * Failures a simulator can be told to produce, so a person can watch a deployment fail, the circuit breaker trip
 * and a rollback happen. Only a simulator backend offers it. Every change is journaled like an ECS call, so a
 * reopened world replays the same faults at the same moments. Throws {@link GatewayException} with ECS's error codes
 * (ClusterNotFoundException, ServiceNotFoundException, InvalidParameterException, ClientException).
 */
public interface FaultInjection {

    /** Arms the fault at the current simulated time; instance faults strike their instances at once. */
    Fault injectFault(InjectFaultRequest request);

    /** Disarms the fault; a disconnected agent reconnects. Clearing a fault that is no longer active changes nothing. */
    Fault clearFault(String faultId);

    /** The active faults, oldest first. */
    List<Fault> listFaults();
}
