package dev.berth.sim.apprunner;

import dev.berth.core.model.AppRunnerServiceResponse;
import dev.berth.core.model.CreateAppRunnerServiceRequest;

/** CreateService. */
public record CreateAppRunnerServiceCommand(CreateAppRunnerServiceRequest request)
        implements AppRunnerCommand<AppRunnerServiceResponse> {
    @Override
    public AppRunnerServiceResponse applyTo(AppRunnerWorld appRunner) {
        return appRunner.createService(request);
    }
}
