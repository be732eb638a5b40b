package dev.berth.sim;

import dev.berth.core.gateway.FaultInjection;
import dev.berth.core.model.EksNode;
import dev.berth.core.model.Fault;
import dev.berth.core.model.InjectFaultRequest;
import dev.berth.core.model.SpotInterruption;
import dev.berth.sim.ecs.ClearFaultCommand;
import dev.berth.sim.ecs.EcsWorld;
import dev.berth.sim.ecs.InjectFaultCommand;
import dev.berth.sim.eks.InterruptSpotInstanceCommand;

import java.util.List;

/** The simulator's faults: changes become journaled commands, the list is read from the world directly. */
final class SimFaultInjection implements FaultInjection {
    private final Simulator simulator;

    SimFaultInjection(Simulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public Fault injectFault(InjectFaultRequest request) {
        return simulator.execute(new InjectFaultCommand(request));
    }

    @Override
    public Fault clearFault(String faultId) {
        return simulator.execute(new ClearFaultCommand(faultId));
    }

    @Override
    public List<Fault> listFaults() {
        return simulator.read(EcsWorld::listFaults);
    }

    @Override
    public EksNode interruptSpotInstance(SpotInterruption interruption) {
        return simulator.execute(new InterruptSpotInstanceCommand(interruption));
    }
}
