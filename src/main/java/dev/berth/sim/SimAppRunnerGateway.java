package dev.berth.sim;

import dev.berth.core.gateway.AppRunnerGateway;
import dev.berth.core.model.AppRunnerService;
import dev.berth.core.model.AppRunnerServiceResponse;
import dev.berth.core.model.AutoScalingConfiguration;
import dev.berth.core.model.AutoScalingConfigurationSummary;
import dev.berth.core.model.CreateAppRunnerServiceRequest;
import dev.berth.core.model.CreateAutoScalingConfigurationRequest;
import dev.berth.core.model.OperationSummary;
import dev.berth.core.model.Page;
import dev.berth.core.model.ServiceSummary;
import dev.berth.core.model.UpdateAppRunnerServiceRequest;
import dev.berth.sim.apprunner.CreateAppRunnerServiceCommand;
import dev.berth.sim.apprunner.CreateAutoScalingConfigurationCommand;
import dev.berth.sim.apprunner.DeleteAppRunnerServiceCommand;
import dev.berth.sim.apprunner.DeleteAutoScalingConfigurationCommand;
import dev.berth.sim.apprunner.PauseServiceCommand;
import dev.berth.sim.apprunner.ResumeServiceCommand;
import dev.berth.sim.apprunner.UpdateAppRunnerServiceCommand;

/** The simulator behind {@link AppRunnerGateway}: changes become journaled commands, reads look at the world. */
final class SimAppRunnerGateway implements AppRunnerGateway {
    private final Simulator simulator;

    SimAppRunnerGateway(Simulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public AppRunnerServiceResponse createService(CreateAppRunnerServiceRequest request) {
        return simulator.execute(new CreateAppRunnerServiceCommand(request));
    }

    @Override
    public AppRunnerService describeService(String serviceArn) {
        return simulator.readAppRunner(appRunner -> appRunner.describeService(serviceArn));
    }

    @Override
    public Page<ServiceSummary> listServices(String nextToken, Integer maxResults) {
        return simulator.readAppRunner(appRunner -> appRunner.listServices(nextToken, maxResults));
    }

    @Override
    public AppRunnerServiceResponse updateService(UpdateAppRunnerServiceRequest request) {
        return simulator.execute(new UpdateAppRunnerServiceCommand(request));
    }

    @Override
    public AppRunnerServiceResponse deleteService(String serviceArn) {
        return simulator.execute(new DeleteAppRunnerServiceCommand(serviceArn));
    }

    @Override
    public AppRunnerServiceResponse pauseService(String serviceArn) {
        return simulator.execute(new PauseServiceCommand(serviceArn));
    }

    @Override
    public AppRunnerServiceResponse resumeService(String serviceArn) {
        return simulator.execute(new ResumeServiceCommand(serviceArn));
    }

    @Override
    public Page<OperationSummary> listOperations(String serviceArn, String nextToken, Integer maxResults) {
        return simulator.readAppRunner(appRunner -> appRunner.listOperations(serviceArn, nextToken, maxResults));
    }

    @Override
    public AutoScalingConfiguration createAutoScalingConfiguration(CreateAutoScalingConfigurationRequest request) {
        return simulator.execute(new CreateAutoScalingConfigurationCommand(request));
    }

    @Override
    public AutoScalingConfiguration describeAutoScalingConfiguration(String autoScalingConfigurationArn) {
        return simulator.readAppRunner(appRunner ->
                appRunner.describeAutoScalingConfiguration(autoScalingConfigurationArn));
    }

    @Override
    public Page<AutoScalingConfigurationSummary> listAutoScalingConfigurations(String name, boolean latestOnly,
                                                                               String nextToken, Integer maxResults) {
        return simulator.readAppRunner(appRunner ->
                appRunner.listAutoScalingConfigurations(name, latestOnly, nextToken, maxResults));
    }

    @Override
    public AutoScalingConfiguration deleteAutoScalingConfiguration(String autoScalingConfigurationArn,
                                                                  boolean deleteAllRevisions) {
        return simulator.execute(new DeleteAutoScalingConfigurationCommand(autoScalingConfigurationArn,
                deleteAllRevisions));
    }
}
