package dev.berth.sim;

import dev.berth.core.gateway.LoadSimulation;
import dev.berth.core.model.LoadProfile;
import dev.berth.sim.scaling.SetLoadProfileCommand;
import dev.berth.sim.sqs.SqsCommands;

import java.util.Optional;

/** The simulator's load profiles: changes become journaled commands. */
final class SimLoadSimulation implements LoadSimulation {
    private final Simulator simulator;

    SimLoadSimulation(Simulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public void setLoadProfile(String cluster, String service, LoadProfile profile) {
        simulator.execute(SetLoadProfileCommand.of(cluster, service, profile));
    }

    @Override
    public Optional<LoadProfile> loadProfile(String cluster, String service) {
        return simulator.readScaling(s -> s.loadProfile(cluster, service));
    }

    @Override
    public void setProducerLoad(String queueUrl, LoadProfile profile) {
        simulator.execute(SqsCommands.SetProducerLoad.of(queueUrl, profile));
    }

    @Override
    public Optional<LoadProfile> producerLoad(String queueUrl) {
        return simulator.readSqs(sqs -> sqs.producerLoad(queueUrl));
    }

}
