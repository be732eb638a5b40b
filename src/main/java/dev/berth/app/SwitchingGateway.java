package dev.berth.app;

import dev.berth.core.gateway.EcrGateway;
import dev.berth.core.gateway.AppRunnerGateway;
import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.EksGateway;
import dev.berth.core.gateway.ElbGateway;
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
    private final EcrGateway ecr = Forwarding.to(EcrGateway.class, () -> current.ecr());
    private final EksGateway eks = Forwarding.to(EksGateway.class, () -> current.eks());
    private final AppRunnerGateway appRunner = Forwarding.to(AppRunnerGateway.class, () -> current.appRunner());
    private final ElbGateway elb = Forwarding.to(ElbGateway.class, () -> current.elb());
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
    public EcrGateway ecr() {
        return ecr;
    }

    @Override
    public EksGateway eks() {
        return eks;
    }

    @Override
    public AppRunnerGateway appRunner() {
        return appRunner;
    }

    @Override
    public ElbGateway elb() {
        return elb;
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
    public Optional<String> accountId() {
        return current.accountId();
    }

    @Override
    public String region() {
        return current.region();
    }
}
