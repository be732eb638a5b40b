package dev.berth.core.gateway;

import dev.berth.core.model.Fault;
import dev.berth.core.model.EksNode;
import dev.berth.core.model.InjectFaultRequest;
import dev.berth.core.model.SpotInterruption;

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

    /**
     * Interrupts a Spot node of an EKS node group at once: it gets EC2's two-minute notice (cordoned and drained,
     * then terminated) and the auto scaling group launches a replacement, or, without Spot capacity, the node group
     * turns DEGRADED until capacity returns. Throws EKS's error codes. Returns the interrupted node.
     */
    EksNode interruptSpotInstance(SpotInterruption interruption);
}
