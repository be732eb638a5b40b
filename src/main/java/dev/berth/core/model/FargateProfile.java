package dev.berth.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A Fargate profile: pods matching one of its selectors run on Fargate. Status CREATING, ACTIVE, DELETING, ... */
public record FargateProfile(
        String fargateProfileName,
        String fargateProfileArn,
        String clusterName,
        Instant createdAt,
        String podExecutionRoleArn,
        List<String> subnets,
        List<Selector> selectors,
        String status,
        Map<String, String> tags) {
    public FargateProfile {
        subnets = List.copyOf(subnets);
        selectors = List.copyOf(selectors);
        tags = Map.copyOf(tags);
    }

    /** AWS's {@code FargateProfileSelector}: a namespace and, optionally, labels the pod must carry. */
    public record Selector(String namespace, Map<String, String> labels) {
        public Selector {
            labels = labels == null ? Map.of() : Map.copyOf(labels);
        }
    }
}
