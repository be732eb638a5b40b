package dev.berth.ui.testing;

import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.gateway.ScalingGateway;
import dev.berth.core.gateway.SimulationClock;

import java.util.Optional;

/** A {@link Gateway} over a {@link FakeEcs}; without a clock it looks like real AWS, with one like the simulator. */
public final class FakeGateway implements Gateway {
    private final FakeEcs ecs = new FakeEcs();
    private final ScalingGateway scaling = new FakeScaling();
    private final FakeClock clock;
    private String backendName = "fake (us-east-1)";

    public FakeGateway() {
        this(null);
    }

    public FakeGateway(FakeClock clock) {
        this.clock = clock;
    }

    @Override
    public EcsGateway ecs() {
        return ecs;
    }

    @Override
    public ScalingGateway scaling() {
        return scaling;
    }

    public FakeEcs fakeEcs() {
        return ecs;
    }

    @Override
    public Optional<SimulationClock> simulationClock() {
        return Optional.ofNullable(clock);
    }

    @Override
    public String backendName() {
        return backendName;
    }

    /** As when the app moves into another world (a lesson's practice world). */
    public void renameBackend(String name) {
        backendName = name;
    }

    @Override
    public String region() {
        return FakeEcs.REGION;
    }
}
