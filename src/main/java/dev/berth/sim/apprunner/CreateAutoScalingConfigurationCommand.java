package dev.berth.sim.apprunner;

import dev.berth.core.model.AutoScalingConfiguration;
import dev.berth.core.model.CreateAutoScalingConfigurationRequest;

/** CreateAutoScalingConfiguration. */
public record CreateAutoScalingConfigurationCommand(CreateAutoScalingConfigurationRequest request)
        implements AppRunnerCommand<AutoScalingConfiguration> {
    @Override
    public AutoScalingConfiguration applyTo(AppRunnerWorld appRunner) {
        return appRunner.createAutoScalingConfiguration(request);
    }
}
