package dev.berth.core.gateway;

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

/**
 * AWS App Runner, one method per API operation, with AWS's limits and error codes (InvalidRequestException,
 * ResourceNotFoundException, InvalidStateException, ServiceQuotaExceededException). Services and configurations are
 * named by ARN, as AWS names them. {@code maxResults} null returns everything in one page, as App Runner does.
 * Service changes are asynchronous: they answer with the service in OPERATION_IN_PROGRESS and an operation id.
 * App Runner is closed to new customers since 30 April 2026 (successor: Amazon ECS Express Mode); an account that
 * is not an existing customer has CreateService refused.
 */
public interface AppRunnerGateway {

    /** ListServices and ListOperations take at most this many per page. */
    int LIST_LIMIT = 20;
    /** ListAutoScalingConfigurations takes at most this many per page. */
    int LIST_AUTO_SCALING_CONFIGURATIONS_LIMIT = 100;

    AppRunnerServiceResponse createService(CreateAppRunnerServiceRequest request);

    AppRunnerService describeService(String serviceArn);

    Page<ServiceSummary> listServices(String nextToken, Integer maxResults);

    AppRunnerServiceResponse updateService(UpdateAppRunnerServiceRequest request);

    AppRunnerServiceResponse deleteService(String serviceArn);

    AppRunnerServiceResponse pauseService(String serviceArn);

    AppRunnerServiceResponse resumeService(String serviceArn);

    /** Newest first. */
    Page<OperationSummary> listOperations(String serviceArn, String nextToken, Integer maxResults);

    AutoScalingConfiguration createAutoScalingConfiguration(CreateAutoScalingConfigurationRequest request);

    AutoScalingConfiguration describeAutoScalingConfiguration(String autoScalingConfigurationArn);

    /** ACTIVE revisions; {@code name} null lists every name, {@code latestOnly} keeps each name's latest. */
    Page<AutoScalingConfigurationSummary> listAutoScalingConfigurations(String name, boolean latestOnly,
                                                                        String nextToken, Integer maxResults);

    AutoScalingConfiguration deleteAutoScalingConfiguration(String autoScalingConfigurationArn,
                                                           boolean deleteAllRevisions);
}
