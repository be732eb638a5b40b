package dev.berth.sim.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.gateway.ScalingGateway;
import dev.berth.core.model.Page;
import dev.berth.core.model.PutScalingPolicyRequest;
import dev.berth.core.model.PutScheduledActionRequest;
import dev.berth.core.model.RegisterScalableTargetRequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Application Auto Scaling over awsJson1_1 ({@code AnyScaleFrontendService.<Op>}): AWS's PascalCase members onto
 * {@link ScalingGateway}. Its errors carry {@code Message}, not ECS's {@code message} (AWS-BEHAVIOUR.md §1.1).
 */
final class ApplicationAutoScalingJsonApi implements JsonApi {
    private final ObjectMapper mapper;
    private final Operations operations = new Operations("AnyScaleFrontendService");

    private record DescribeTargets(String serviceNamespace, List<String> resourceIds, String scalableDimension,
                                   Integer maxResults, String nextToken) {
    }

    private record DescribePolicies(String serviceNamespace, List<String> policyNames, String resourceId,
                                    String scalableDimension, Integer maxResults, String nextToken) {
    }

    private record DescribeScheduledActions(String serviceNamespace, List<String> scheduledActionNames,
                                            String resourceId, String scalableDimension, Integer maxResults,
                                            String nextToken) {
    }

    private record DescribeActivities(String serviceNamespace, String resourceId, String scalableDimension,
                                      Integer maxResults, String nextToken, Boolean includeNotScaledActivities) {
    }

    /** The input of the Deregister and Delete calls. */
    private record TargetName(String serviceNamespace, String resourceId, String scalableDimension, String policyName,
                              String scheduledActionName) {
    }

    ApplicationAutoScalingJsonApi(ScalingGateway scaling) {
        this.mapper = WireJson.mapper().setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE);
        operations.put("RegisterScalableTarget", in -> Map.of("ScalableTargetARN",
                scaling.registerScalableTarget(read(in, RegisterScalableTargetRequest.class))));
        operations.put("DescribeScalableTargets", in -> {
            DescribeTargets d = read(in, DescribeTargets.class);
            return page("ScalableTargets", scaling.describeScalableTargets(d.serviceNamespace(), d.resourceIds(),
                    d.scalableDimension(), d.maxResults(), d.nextToken()));
        });
        operations.put("DeregisterScalableTarget", in -> {
            TargetName t = read(in, TargetName.class);
            scaling.deregisterScalableTarget(t.serviceNamespace(), t.resourceId(), t.scalableDimension());
            return Map.of();
        });
        operations.put("PutScalingPolicy", in -> scaling.putScalingPolicy(read(in, PutScalingPolicyRequest.class)));
        operations.put("DescribeScalingPolicies", in -> {
            DescribePolicies d = read(in, DescribePolicies.class);
            return page("ScalingPolicies", scaling.describeScalingPolicies(d.serviceNamespace(), d.policyNames(),
                    d.resourceId(), d.scalableDimension(), d.maxResults(), d.nextToken()));
        });
        operations.put("DeleteScalingPolicy", in -> {
            TargetName t = read(in, TargetName.class);
            scaling.deleteScalingPolicy(required(t.policyName(), "policyName"), t.serviceNamespace(),
                    t.resourceId(), t.scalableDimension());
            return Map.of();
        });
        operations.put("PutScheduledAction", in -> {
            scaling.putScheduledAction(read(in, PutScheduledActionRequest.class));
            return Map.of();
        });
        operations.put("DescribeScheduledActions", in -> {
            DescribeScheduledActions d = read(in, DescribeScheduledActions.class);
            return page("ScheduledActions", scaling.describeScheduledActions(d.serviceNamespace(),
                    d.scheduledActionNames(), d.resourceId(), d.scalableDimension(), d.maxResults(), d.nextToken()));
        });
        operations.put("DeleteScheduledAction", in -> {
            TargetName t = read(in, TargetName.class);
            scaling.deleteScheduledAction(t.serviceNamespace(), required(t.scheduledActionName(),
                    "scheduledActionName"), t.resourceId(), t.scalableDimension());
            return Map.of();
        });
        operations.put("DescribeScalingActivities", in -> {
            DescribeActivities d = read(in, DescribeActivities.class);
            return page("ScalingActivities", scaling.describeScalingActivities(d.serviceNamespace(),
                    d.resourceId(), d.scalableDimension(), d.maxResults(), d.nextToken(),
                    Boolean.TRUE.equals(d.includeNotScaledActivities())));
        });
    }

    @Override
    public String targetPrefix() {
        return "AnyScaleFrontendService";
    }

    @Override
    public String errorMessageMember() {
        return "Message";
    }

    /** Answers in the protocol's PascalCase members, written by this API's own mapper. */
    @Override
    public Object call(String operation, JsonNode input) {
        return mapper.valueToTree(operations.call(operation, input));
    }

    /** The input as {@code type}; a body of the wrong shape is the client's SerializationException. */
    private <T> T read(JsonNode input, Class<T> type) {
        try {
            return mapper.treeToValue(input, type);
        } catch (JsonProcessingException e) {
            throw WireFault.serialization(e.getOriginalMessage());
        }
    }

    /** Coral's wording for a required member left out; the gateway checks the ones every call shares. */
    private static String required(String value, String member) {
        if (value == null) {
            throw GatewayException.client("ValidationException", "1 validation error detected: Value null at '"
                    + member + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }

    private static Map<String, Object> page(String member, Page<?> page) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(member, page.items());
        if (page.nextToken() != null) {
            out.put("NextToken", page.nextToken());
        }
        return out;
    }
}
