package dev.berth.contract;

import dev.berth.core.gateway.EventsGateway;
import dev.berth.sim.Simulator;

/** The EventBridge contract against the simulator's own gateway. */
class SimEventsGatewayTest extends EventsGatewayContract {

    @Override
    protected EventsGateway backend(Simulator simulator) {
        return simulator.events();
    }
}
