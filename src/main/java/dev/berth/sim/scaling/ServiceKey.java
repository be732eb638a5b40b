package dev.berth.sim.scaling;

import dev.berth.core.model.ScalingNames;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ECS service as Application Auto Scaling names it: {@code service/CLUSTER/SERVICE}. */
record ServiceKey(String cluster, String service) {
    private static final Pattern RESOURCE_ID = Pattern.compile("service/([^/]+)/([^/]+)");

    /** Checks the namespace, dimension and resource id of a request; throws ValidationException as AWS does. */
    static ServiceKey of(String serviceNamespace, String resourceId, String scalableDimension) {
        if (!ScalingNames.ECS.equals(serviceNamespace)) {
            throw ScalingErrors.validation("Unsupported service namespace: " + serviceNamespace
                    + ". The simulator scales ECS services (namespace ecs).");
        }
        if (!ScalingNames.DESIRED_COUNT.equals(scalableDimension)) {
            throw ScalingErrors.validation("Unsupported scalable dimension: " + scalableDimension
                    + ". ECS services scale on ecs:service:DesiredCount.");
        }
        Matcher matcher = RESOURCE_ID.matcher(resourceId == null ? "" : resourceId);
        if (!matcher.matches()) {
            throw ScalingErrors.validation("Unsupported resource ID: " + resourceId
                    + ". An ECS service's resource ID is service/<cluster-name>/<service-name>.");
        }
        return new ServiceKey(matcher.group(1), matcher.group(2));
    }

    String resourceId() {
        return ScalingNames.resourceId(cluster, service);
    }
}
