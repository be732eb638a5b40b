package dev.berth.ui.testing;

import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.gateway.SimulationClock;

import java.util.Optional;

/** A {@link Gateway} over a {@link FakeEcs}, with no simulation clock, like a real AWS backend. */
public final class FakeGateway implements Gateway {
    private final FakeEcs ecs = new FakeEcs();

    @Override
    public EcsGateway ecs() {
        return ecs;
    }

    public FakeEcs fakeEcs() {
        return ecs;
    }

    @Override
    public Optional<SimulationClock> simulationClock() {
        return Optional.empty();
    }

    @Override
    public String backendName() {
        return "fake (us-east-1)";
    }

    @Override
    public String region() {
        return FakeEcs.REGION;
    }
}
