package dev.berth.core.model;

import java.util.List;
import java.util.Map;

/** CreateFargateProfile; subnets null or empty take the cluster's subnets. */
public record CreateFargateProfileRequest(
        String fargateProfileName,
        String clusterName,
        String podExecutionRoleArn,
        List<String> subnets,
        List<FargateProfile.Selector> selectors,
        Map<String, String> tags) {
    public CreateFargateProfileRequest {
        subnets = subnets == null ? List.of() : List.copyOf(subnets);
        selectors = selectors == null ? List.of() : List.copyOf(selectors);
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }
}
