package dev.berth.sim.apprunner;

import dev.berth.core.model.AppRunnerServiceResponse;

/** ResumeService. */
public record ResumeServiceCommand(String serviceArn) implements AppRunnerCommand<AppRunnerServiceResponse> {
    @Override
    public AppRunnerServiceResponse applyTo(AppRunnerWorld appRunner) {
        return appRunner.resumeService(serviceArn);
    }
}
