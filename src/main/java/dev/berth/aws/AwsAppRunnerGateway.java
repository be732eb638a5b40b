package dev.berth.aws;

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
import software.amazon.awssdk.services.apprunner.AppRunnerClient;

import static dev.berth.aws.EcsShapes.map;

/**
 * AWS App Runner through the SDK's {@link AppRunnerClient}: one SDK call per method, failures translated, writes
 * refused while the connection is read-only. The instance and traffic figures are CloudWatch's, which Berth does not
 * read on real AWS: {@link #serviceMetrics} says so without a call.
 */
public final class AwsAppRunnerGateway implements AppRunnerGateway {
    private final AppRunnerClient appRunner;
    private final SdkCalls calls;

    AwsAppRunnerGateway(AppRunnerClient appRunner, SdkCalls calls) {
        this.appRunner = appRunner;
        this.calls = calls;
    }

    @Override
    public AppRunnerServiceResponse createService(CreateAppRunnerServiceRequest request) {
        return calls.write("CreateService", () -> {
            var answer = appRunner.createService(AppRunnerShapes.createService(request));
            return AppRunnerShapes.changed(answer.service(), answer.operationId());
        });
    }

    @Override
    public AppRunnerService describeService(String serviceArn) {
        return calls.read("DescribeService", () -> AppRunnerShapes.service(
                appRunner.describeService(r -> r.serviceArn(serviceArn)).service()));
    }

    @Override
    public Page<ServiceSummary> listServices(String nextToken, Integer maxResults) {
        return calls.read("ListServices", () -> {
            var answer = appRunner.listServices(r -> r.nextToken(nextToken).maxResults(maxResults));
            return new Page<>(map(answer.serviceSummaryList(), AppRunnerShapes::serviceSummary), answer.nextToken());
        });
    }

    @Override
    public AppRunnerServiceResponse updateService(UpdateAppRunnerServiceRequest request) {
        return calls.write("UpdateService", () -> {
            var answer = appRunner.updateService(AppRunnerShapes.updateService(request));
            return AppRunnerShapes.changed(answer.service(), answer.operationId());
        });
    }

    @Override
    public AppRunnerServiceResponse deleteService(String serviceArn) {
        return calls.write("DeleteService", () -> {
            var answer = appRunner.deleteService(r -> r.serviceArn(serviceArn));
            return AppRunnerShapes.changed(answer.service(), answer.operationId());
        });
    }

    @Override
    public AppRunnerServiceResponse pauseService(String serviceArn) {
        return calls.write("PauseService", () -> {
            var answer = appRunner.pauseService(r -> r.serviceArn(serviceArn));
            return AppRunnerShapes.changed(answer.service(), answer.operationId());
        });
    }

    @Override
    public AppRunnerServiceResponse resumeService(String serviceArn) {
        return calls.write("ResumeService", () -> {
            var answer = appRunner.resumeService(r -> r.serviceArn(serviceArn));
            return AppRunnerShapes.changed(answer.service(), answer.operationId());
        });
    }

    @Override
    public Page<OperationSummary> listOperations(String serviceArn, String nextToken, Integer maxResults) {
        return calls.read("ListOperations", () -> {
            var answer = appRunner.listOperations(r -> r.serviceArn(serviceArn).nextToken(nextToken)
                    .maxResults(maxResults));
            return new Page<>(map(answer.operationSummaryList(), AppRunnerShapes::operation), answer.nextToken());
        });
    }

    @Override
    public AutoScalingConfiguration createAutoScalingConfiguration(CreateAutoScalingConfigurationRequest request) {
        return calls.write("CreateAutoScalingConfiguration", () -> AppRunnerShapes.configuration(
                appRunner.createAutoScalingConfiguration(AppRunnerShapes.createAutoScalingConfiguration(request))
                        .autoScalingConfiguration()));
    }

    @Override
    public AutoScalingConfiguration describeAutoScalingConfiguration(String autoScalingConfigurationArn) {
        return calls.read("DescribeAutoScalingConfiguration", () -> AppRunnerShapes.configuration(
                appRunner.describeAutoScalingConfiguration(r -> r.autoScalingConfigurationArn(
                        autoScalingConfigurationArn)).autoScalingConfiguration()));
    }

    @Override
    public Page<AutoScalingConfigurationSummary> listAutoScalingConfigurations(String name, boolean latestOnly,
                                                                               String nextToken, Integer maxResults) {
        return calls.read("ListAutoScalingConfigurations", () -> {
            var answer = appRunner.listAutoScalingConfigurations(r -> r.autoScalingConfigurationName(name)
                    .latestOnly(latestOnly ? Boolean.TRUE : null).nextToken(nextToken).maxResults(maxResults));
            return new Page<>(map(answer.autoScalingConfigurationSummaryList(),
                    AppRunnerShapes::configurationSummary), answer.nextToken());
        });
    }

    @Override
    public AutoScalingConfiguration deleteAutoScalingConfiguration(String autoScalingConfigurationArn,
                                                                  boolean deleteAllRevisions) {
        return calls.write("DeleteAutoScalingConfiguration", () -> AppRunnerShapes.configuration(
                appRunner.deleteAutoScalingConfiguration(r -> r.autoScalingConfigurationArn(
                        autoScalingConfigurationArn).deleteAllRevisions(deleteAllRevisions ? Boolean.TRUE : null))
                        .autoScalingConfiguration()));
    }
}
