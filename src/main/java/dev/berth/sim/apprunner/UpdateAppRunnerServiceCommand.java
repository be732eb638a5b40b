package dev.berth.sim.apprunner;

import dev.berth.core.model.AppRunnerServiceResponse;
import dev.berth.core.model.UpdateAppRunnerServiceRequest;

/** UpdateService. */
public record UpdateAppRunnerServiceCommand(UpdateAppRunnerServiceRequest request)
        implements AppRunnerCommand<AppRunnerServiceResponse> {
    @Override
    public AppRunnerServiceResponse applyTo(AppRunnerWorld appRunner) {
        return appRunner.updateService(request);
    }
}
