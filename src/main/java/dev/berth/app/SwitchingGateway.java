package dev.berth.app;

import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.FaultInjection;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.gateway.LoadSimulation;
import dev.berth.core.gateway.ScalingGateway;
import dev.berth.core.gateway.SimulationClock;

import java.util.Optional;

/**
 * The gateway the views hold while the app moves between simulator worlds (the user's own and each lesson's
 * practice world): every call goes to the world that is current at that moment, so the views keep their reference
 * and show the new world on their next refresh.
 */
final class SwitchingGateway implements Gateway {
    private volatile SimulatorBackend current;
    private final EcsGateway ecs = Forwarding.to(EcsGateway.class, () -> current.ecs());
    private final SimulationClock clock = Forwarding.to(SimulationClock.class,
            () -> current.simulationClock().orElseThrow());
    private final FaultInjection faults = Forwarding.to(FaultInjection.class,
            () -> current.faultInjection().orElseThrow());
    private final ScalingGateway scaling = Forwarding.to(ScalingGateway.class, () -> current.scaling());
    private final LoadSimulation load = Forwarding.to(LoadSimulation.class,
            () -> current.loadSimulation().orElseThrow());

    SwitchingGateway(SimulatorBackend first) {
        this.current = first;
    }

    void switchTo(SimulatorBackend next) {
        current = next;
    }

    @Override
    public EcsGateway ecs() {
        return ecs;
    }

    @Override
    public ScalingGateway scaling() {
        return scaling;
    }

    @Override
    public Optional<SimulationClock> simulationClock() {
        return Optional.of(clock);
    }

    @Override
    public Optional<FaultInjection> faultInjection() {
        return Optional.of(faults);
    }

    @Override
    public Optional<LoadSimulation> loadSimulation() {
        return Optional.of(load);
    }

    @Override
    public String backendName() {
        return current.backendName();
    }

    @Override
    public String region() {
        return current.region();
    }
}
