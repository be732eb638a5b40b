package dev.berth.sim.apprunner;

import dev.berth.core.model.AppRunnerServiceResponse;

/** DeleteService. */
public record DeleteAppRunnerServiceCommand(String serviceArn) implements AppRunnerCommand<AppRunnerServiceResponse> {
    @Override
    public AppRunnerServiceResponse applyTo(AppRunnerWorld appRunner) {
        return appRunner.deleteService(serviceArn);
    }
}
