package dev.berth.sim.eks;

import dev.berth.core.model.FargateProfile;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One Fargate profile; immutable apart from its status. */
final class FargateProfileState {
    final String name;
    final String arn;
    final String clusterName;
    final Instant createdAt;
    final String podExecutionRoleArn;
    final List<String> subnets;
    final List<FargateProfile.Selector> selectors;
    final Map<String, String> tags;
    String status = "CREATING";

    FargateProfileState(String name, String arn, String clusterName, Instant createdAt, String podExecutionRoleArn,
                        List<String> subnets, List<FargateProfile.Selector> selectors, Map<String, String> tags) {
        this.name = name;
        this.arn = arn;
        this.clusterName = clusterName;
        this.createdAt = createdAt;
        this.podExecutionRoleArn = podExecutionRoleArn;
        this.subnets = List.copyOf(subnets);
        this.selectors = List.copyOf(selectors);
        this.tags = Map.copyOf(tags);
    }

    boolean changing() {
        return "CREATING".equals(status) || "DELETING".equals(status);
    }

    FargateProfile toModel() {
        return new FargateProfile(name, arn, clusterName, createdAt, podExecutionRoleArn, subnets, selectors, status,
                tags);
    }
}
