package dev.berth.sim.wire;

import dev.berth.core.gateway.AutoScalingGroupsGateway;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.AutoScalingGroup;
import dev.berth.core.model.AutoScalingInstance;

import java.util.List;
import java.util.Map;

/**
 * Amazon EC2 Auto Scaling (API 2011-01-01, signing name {@code autoscaling}) over awsQuery: DescribeAutoScalingGroups
 * paged by {@code NextToken} (50 a page unless {@code MaxRecords} says up to 100, and at most that many names) and
 * UpdateAutoScalingGroup, onto {@link AutoScalingGroupsGateway}. The simulator's groups carry no tags, so a tag
 * filter ({@code Filters}) matches none of them.
 */
final class AutoScalingQueryApi extends QueryApi {
    static final String SIGNING_NAME = "autoscaling";
    private static final String VERSION = "2011-01-01";
    private static final int DEFAULT_RECORDS = 50;
    private static final int MAX_RECORDS = 100;
    /** The simulator's groups keep AWS's defaults: EC2 health checks and a 300 s cooldown. */
    private static final int DEFAULT_COOLDOWN = 300;
    private static final String HEALTH_CHECK_TYPE = "EC2";
    /** The statuses the model gives the errors of these operations; the rest are 400. */
    private static final Map<String, Integer> STATUSES = Map.of("ResourceContention", 500,
            "ServiceLinkedRoleFailure", 500);

    AutoScalingQueryApi(AutoScalingGroupsGateway groups) {
        super(SIGNING_NAME, VERSION, "http://autoscaling.amazonaws.com/doc/2011-01-01/");
        operations.put("DescribeAutoScalingGroups", (in, out) -> {
            List<String> names = in.strings("AutoScalingGroupNames");
            List<AutoScalingGroup> matching = in.structures("Filters").isEmpty()
                    ? groups.describeAutoScalingGroups(names) : List.of();
            var page = QueryPage.of(matching, in, "NextToken", "MaxRecords",
                    DEFAULT_RECORDS, MAX_RECORDS, token -> GatewayException.client("InvalidNextToken",
                            "The token '" + token + "' is invalid."));
            int namesAllowed = in.integer("MaxRecords") == null ? DEFAULT_RECORDS : in.integer("MaxRecords");
            if (names.size() > namesAllowed) {
                throw GatewayException.client("ValidationError", "The number of group names that may be passed "
                        + "in is limited to " + namesAllowed);
            }
            boolean instances = !Boolean.FALSE.equals(in.bool("IncludeInstances"));
            out.list("AutoScalingGroups", page.items(), (member, group) -> group(member, group, instances))
                    .value("NextToken", page.nextMarker());
        });
        operations.put("UpdateAutoScalingGroup", (in, out) -> groups.updateAutoScalingGroup(
                in.required("AutoScalingGroupName"), in.integer("MinSize"), in.integer("MaxSize"),
                in.integer("DesiredCapacity")));
    }

    @Override
    int status(String errorCode) {
        return STATUSES.getOrDefault(errorCode, 400);
    }

    private static void group(QueryXml out, AutoScalingGroup group, boolean withInstances) {
        out.value("AutoScalingGroupName", group.autoScalingGroupName())
                .value("AutoScalingGroupARN", group.autoScalingGroupARN())
                .value("MinSize", group.minSize())
                .value("MaxSize", group.maxSize())
                .value("DesiredCapacity", group.desiredCapacity())
                .value("DefaultCooldown", DEFAULT_COOLDOWN)
                .strings("AvailabilityZones", group.availabilityZones())
                .value("HealthCheckType", HEALTH_CHECK_TYPE)
                .list("Instances", withInstances ? group.instances() : null, AutoScalingQueryApi::instance)
                .value("CreatedTime", group.createdTime());
    }

    private static void instance(QueryXml out, AutoScalingInstance instance) {
        out.value("InstanceId", instance.instanceId())
                .value("InstanceType", instance.instanceType())
                .value("AvailabilityZone", instance.availabilityZone())
                .value("LifecycleState", instance.lifecycleState())
                .value("HealthStatus", instance.healthStatus())
                .value("ProtectedFromScaleIn", false);
    }
}
