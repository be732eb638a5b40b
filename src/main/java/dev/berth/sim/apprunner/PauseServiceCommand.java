package dev.berth.sim.apprunner;

import dev.berth.core.model.AppRunnerServiceResponse;

/** PauseService. */
public record PauseServiceCommand(String serviceArn) implements AppRunnerCommand<AppRunnerServiceResponse> {
    @Override
    public AppRunnerServiceResponse applyTo(AppRunnerWorld appRunner) {
        return appRunner.pauseService(serviceArn);
    }
}
