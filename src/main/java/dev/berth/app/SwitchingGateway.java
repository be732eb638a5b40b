package dev.berth.app;

import dev.berth.core.gateway.ApiCalls;
import dev.berth.core.gateway.AwsAccount;
import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.FaultInjection;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.gateway.SimulationClock;

import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The gateway the views hold while the app moves between backends (simulator worlds, a lesson's practice world,
 * AWS profiles): every call goes to the backend that is current at that moment, so the views keep their reference
 * and show the new backend on their next refresh. The clock and the faults exist while a simulator is current.
 */
final class SwitchingGateway implements Gateway {
    private volatile Gateway current;
    private final EcsGateway ecs = Forwarding.to(EcsGateway.class, () -> current.ecs());
    private final SimulationClock clock = Forwarding.to(SimulationClock.class,
            () -> current.simulationClock().orElseThrow(() -> new IllegalStateException("no simulator is open")));
    private final FaultInjection faults = Forwarding.to(FaultInjection.class,
            () -> current.faultInjection().orElseThrow(() -> new IllegalStateException("no simulator is open")));
    private final Executor describeBatches = task -> current.describeBatches().execute(task);

    SwitchingGateway(Gateway first) {
        this.current = first;
    }

    void switchTo(Gateway next) {
        current = next;
    }

    @Override
    public EcsGateway ecs() {
        return ecs;
    }

    @Override
    public Optional<SimulationClock> simulationClock() {
        return current.simulationClock().map(open -> clock);
    }

    @Override
    public Optional<FaultInjection> faultInjection() {
        return current.faultInjection().map(open -> faults);
    }

    @Override
    public Optional<AwsAccount> awsAccount() {
        return current.awsAccount();
    }

    @Override
    public Optional<ApiCalls> apiCalls() {
        return current.apiCalls();
    }

    @Override
    public Executor describeBatches() {
        return describeBatches;
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
