package dev.berth.core.gateway;

import dev.berth.core.model.AutoScalingGroup;

import java.util.List;

/**
 * EC2 Auto Scaling, as far as ECS capacity needs it: the groups whose instances join clusters, and their sizes. One
 * method per API operation; errors carry the Auto Scaling API's codes ({@code ValidationError}). Every method throws
 * {@link GatewayException}.
 */
public interface AutoScalingGroupsGateway {

    /** Null or empty: every group; names that match no group are left out, as AWS does. */
    List<AutoScalingGroup> describeAutoScalingGroups(List<String> autoScalingGroupNames);

    /**
     * UpdateAutoScalingGroup: null sizes stay as they are. The sizes must keep minimum ≤ desired ≤ maximum
     * (ValidationError); a new minimum above the desired capacity, or a new maximum below it, moves the desired
     * capacity with it when none is given. The group launches or terminates instances to match.
     */
    void updateAutoScalingGroup(String autoScalingGroupName, Integer minSize, Integer maxSize,
                                Integer desiredCapacity);
}
