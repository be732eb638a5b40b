package dev.berth.core.gateway;

import dev.berth.core.model.LoadProfile;

import java.util.Optional;

/**
 * The load the simulator's services and queues receive; the metrics that follow from it are read through
 * {@link CloudWatchGateway}. Only a simulator offers it; changes are journaled like any other call. Throws
 * {@link GatewayException} (ServiceNotFoundException, QueueDoesNotExist).
 */
public interface LoadSimulation {

    /** From now on the service receives this load. */
    void setLoadProfile(String cluster, String service, LoadProfile profile);

    /** Empty while the service receives no load. */
    Optional<LoadProfile> loadProfile(String cluster, String service);

    /**
     * From now on a producer sends the queue this load, in messages a minute; the profile's task capacity is how many
     * messages one worker task processes a minute. Throws QueueDoesNotExist.
     */
    void setProducerLoad(String queueUrl, LoadProfile profile);

    /** Empty while no producer sends the queue messages. */
    Optional<LoadProfile> producerLoad(String queueUrl);

}
