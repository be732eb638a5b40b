package dev.berth.aws;

import dev.berth.core.gateway.AutoScalingGroupsGateway;
import dev.berth.core.model.AutoScalingGroup;
import dev.berth.core.model.AutoScalingInstance;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.autoscaling.model.Instance;

import java.util.ArrayList;
import java.util.List;

/**
 * EC2 Auto Scaling through the SDK. DescribeAutoScalingGroups asks for AWS's largest page (100) and follows
 * {@code NextToken} until the list is whole, since the gateway answers whole lists; named groups are asked for 100
 * names a call, the most one call takes with {@code MaxRecords} at 100.
 */
public final class AwsAutoScalingGroupsGateway implements AutoScalingGroupsGateway {
    /** {@code MaxRecords}' maximum; also how many names one call may name at that page size. */
    static final int MAX_RECORDS = 100;

    private final AutoScalingClient autoScaling;
    private final SdkCalls calls;

    AwsAutoScalingGroupsGateway(AutoScalingClient autoScaling, SdkCalls calls) {
        this.autoScaling = autoScaling;
        this.calls = calls;
    }

    @Override
    public List<AutoScalingGroup> describeAutoScalingGroups(List<String> autoScalingGroupNames) {
        if (autoScalingGroupNames == null || autoScalingGroupNames.isEmpty()) {
            return describe(null);
        }
        List<String> names = autoScalingGroupNames.stream().distinct().toList();
        List<AutoScalingGroup> groups = new ArrayList<>();
        for (int first = 0; first < names.size(); first += MAX_RECORDS) {
            groups.addAll(describe(names.subList(first, Math.min(names.size(), first + MAX_RECORDS))));
        }
        return groups;
    }

    private List<AutoScalingGroup> describe(List<String> names) {
        return calls.read("DescribeAutoScalingGroups", () -> autoScaling.describeAutoScalingGroupsPaginator(r -> r
                        .autoScalingGroupNames(names).maxRecords(MAX_RECORDS))
                .autoScalingGroups().stream().map(AwsAutoScalingGroupsGateway::group).toList());
    }

    @Override
    public void updateAutoScalingGroup(String autoScalingGroupName, Integer minSize, Integer maxSize,
                                       Integer desiredCapacity) {
        calls.write("UpdateAutoScalingGroup", () -> autoScaling.updateAutoScalingGroup(r -> r
                .autoScalingGroupName(autoScalingGroupName).minSize(minSize).maxSize(maxSize)
                .desiredCapacity(desiredCapacity)));
    }

    private static AutoScalingGroup group(software.amazon.awssdk.services.autoscaling.model.AutoScalingGroup group) {
        return new AutoScalingGroup(group.autoScalingGroupName(), group.autoScalingGroupARN(), group.minSize(),
                group.maxSize(), group.desiredCapacity(), EcsShapes.map(group.instances(),
                AwsAutoScalingGroupsGateway::instance), group.availabilityZones(), group.createdTime());
    }

    private static AutoScalingInstance instance(Instance instance) {
        return new AutoScalingInstance(instance.instanceId(), instance.instanceType(), instance.availabilityZone(),
                instance.lifecycleStateAsString(), instance.healthStatus());
    }
}
