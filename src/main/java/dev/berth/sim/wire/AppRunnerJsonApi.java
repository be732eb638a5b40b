package dev.berth.sim.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.core.gateway.AppRunnerGateway;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.AppRunnerService;
import dev.berth.core.model.AppRunnerServiceResponse;
import dev.berth.core.model.AutoScalingConfiguration;
import dev.berth.core.model.CreateAppRunnerServiceRequest;
import dev.berth.core.model.CreateAutoScalingConfigurationRequest;
import dev.berth.core.model.Page;
import dev.berth.core.model.UpdateAppRunnerServiceRequest;

import java.util.LinkedHashMap;
import java.util.Map;

import static dev.berth.sim.wire.WireInput.integer;
import static dev.berth.sim.wire.WireInput.text;

/**
 * AWS App Runner over awsJson1_0: {@code X-Amz-Target: AppRunner.<Op>}, members in AWS's PascalCase
 * ({@code ServiceName}, {@code SourceConfiguration}), errors with {@code Message}, onto {@link AppRunnerGateway}.
 * Services are described with the default network configuration (public ingress, default egress, IPv4), the only
 * one simulated; tags are accepted and not kept.
 */
final class AppRunnerJsonApi implements JsonApi {
    private final ObjectMapper mapper;
    private final ObjectNode defaultNetwork;
    private final Operations operations = new Operations("AppRunner");

    AppRunnerJsonApi(AppRunnerGateway appRunner, ObjectMapper wire) {
        // Empty members (no environment variables) are left out, as AWS leaves them out.
        this.mapper = wire.copy().setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
                .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
        this.defaultNetwork = mapper.createObjectNode();
        defaultNetwork.putObject("EgressConfiguration").put("EgressType", "DEFAULT");
        defaultNetwork.putObject("IngressConfiguration").put("IsPubliclyAccessible", true);
        defaultNetwork.put("IpAddressType", "IPV4");
        operations.put("CreateService", in -> changed(appRunner.createService(
                read(in, CreateAppRunnerServiceRequest.class))));
        operations.put("DescribeService", in -> Map.of("Service",
                service(appRunner.describeService(required(in, "ServiceArn")))));
        operations.put("ListServices", in -> page("ServiceSummaryList",
                appRunner.listServices(text(in, "NextToken"), integer(in, "MaxResults"))));
        operations.put("UpdateService", in -> {
            required(in, "ServiceArn");
            return changed(appRunner.updateService(read(in, UpdateAppRunnerServiceRequest.class)));
        });
        operations.put("DeleteService", in -> changed(appRunner.deleteService(required(in, "ServiceArn"))));
        operations.put("PauseService", in -> changed(appRunner.pauseService(required(in, "ServiceArn"))));
        operations.put("ResumeService", in -> changed(appRunner.resumeService(required(in, "ServiceArn"))));
        operations.put("ListOperations", in -> page("OperationSummaryList", appRunner.listOperations(
                required(in, "ServiceArn"), text(in, "NextToken"), integer(in, "MaxResults"))));
        operations.put("CreateAutoScalingConfiguration", in -> {
            required(in, "AutoScalingConfigurationName");
            return configuration(appRunner.createAutoScalingConfiguration(
                    read(in, CreateAutoScalingConfigurationRequest.class)));
        });
        operations.put("DescribeAutoScalingConfiguration", in -> configuration(
                appRunner.describeAutoScalingConfiguration(required(in, "AutoScalingConfigurationArn"))));
        operations.put("ListAutoScalingConfigurations", in -> page("AutoScalingConfigurationSummaryList",
                appRunner.listAutoScalingConfigurations(text(in, "AutoScalingConfigurationName"),
                        in.path("LatestOnly").asBoolean(false), text(in, "NextToken"), integer(in, "MaxResults"))));
        operations.put("DeleteAutoScalingConfiguration", in -> configuration(
                appRunner.deleteAutoScalingConfiguration(required(in, "AutoScalingConfigurationArn"),
                        in.path("DeleteAllRevisions").asBoolean(false))));
    }

    @Override
    public String targetPrefix() {
        return "AppRunner";
    }

    @Override
    public String contentType() {
        return AWS_JSON_1_0;
    }

    @Override
    public String errorMessageMember() {
        return "Message";
    }

    @Override
    public String internalErrorCode() {
        return "InternalServiceErrorException";
    }

    @Override
    public Object call(String operation, JsonNode input) {
        return operations.call(operation, input);
    }

    /** The answer of a service change: the service and the operation it started. */
    private Map<String, Object> changed(AppRunnerServiceResponse response) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("Service", service(response.service()));
        out.put("OperationId", response.operationId());
        return out;
    }

    private Map<String, Object> configuration(AutoScalingConfiguration configuration) {
        return Map.of("AutoScalingConfiguration", mapper.valueToTree(configuration));
    }

    private ObjectNode service(AppRunnerService service) {
        ObjectNode node = mapper.valueToTree(service);
        node.set("NetworkConfiguration", defaultNetwork);
        return node;
    }

    /** Members in PascalCase, as this API's mapper writes them. */
    private JsonNode page(String member, Page<?> page) {
        ObjectNode out = mapper.createObjectNode();
        out.set(member, mapper.valueToTree(page.items()));
        if (page.nextToken() != null) {
            out.put("NextToken", page.nextToken());
        }
        return out;
    }

    private <T> T read(JsonNode input, Class<T> type) {
        return WireInput.read(mapper, input, type);
    }

    /** A required member, refused in AWS's validation wording when missing. */
    private static String required(JsonNode input, String member) {
        String value = text(input, member);
        if (value == null) {
            throw GatewayException.client("InvalidRequestException", "1 validation error detected: Value null at '"
                    + Character.toLowerCase(member.charAt(0)) + member.substring(1)
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }
}
