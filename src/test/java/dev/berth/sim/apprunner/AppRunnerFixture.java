package dev.berth.sim.apprunner;

import dev.berth.core.gateway.AppRunnerGateway;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.AppRunnerService;
import dev.berth.core.model.CreateAppRunnerServiceRequest;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.EcsFixture;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A simulator and the App Runner calls most tests start from. */
final class AppRunnerFixture {
    static final String IMAGE = "public.ecr.aws/nginx/nginx:latest";
    /** Longer than any create, update, pause or resume takes. */
    static final Duration OPERATION = Duration.ofMinutes(6);

    final Simulator simulator;
    final AppRunnerGateway appRunner;

    AppRunnerFixture(long seed) {
        simulator = Simulator.create(WorldSettings.of("apprunner", seed, EcsFixture.START), CommandJournal.none());
        appRunner = simulator.appRunner();
    }

    AppRunnerService create(String name) {
        return appRunner.createService(CreateAppRunnerServiceRequest.fromPublicImage(name, IMAGE, "80", "1 vCPU",
                "2 GB")).service();
    }

    /** Created and RUNNING. */
    AppRunnerService running(String name) {
        AppRunnerService service = create(name);
        advance(OPERATION);
        return appRunner.describeService(service.serviceArn());
    }

    void advance(Duration amount) {
        simulator.advanceBy(amount);
    }

    String status(AppRunnerService service) {
        return appRunner.describeService(service.serviceArn()).status();
    }

    static void assertRefused(ThrowingCallable call, String errorCode) {
        assertThatThrownBy(call).isInstanceOfSatisfying(GatewayException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.errorCode()).isEqualTo(errorCode));
    }
}
