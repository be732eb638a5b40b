package dev.berth.sim.apprunner;

import dev.berth.core.model.AutoScalingConfiguration;

/** DeleteAutoScalingConfiguration. */
public record DeleteAutoScalingConfigurationCommand(String autoScalingConfigurationArn, boolean deleteAllRevisions)
        implements AppRunnerCommand<AutoScalingConfiguration> {
    @Override
    public AutoScalingConfiguration applyTo(AppRunnerWorld appRunner) {
        return appRunner.deleteAutoScalingConfiguration(autoScalingConfigurationArn, deleteAllRevisions);
    }
}
