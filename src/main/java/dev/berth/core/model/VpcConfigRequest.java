package dev.berth.core.model;

import java.util.List;

/** CreateCluster's {@code resourcesVpcConfig}; null access flags take AWS's defaults (public on, private off). */
public record VpcConfigRequest(
        List<String> subnetIds,
        List<String> securityGroupIds,
        Boolean endpointPublicAccess,
        Boolean endpointPrivateAccess) {
    public VpcConfigRequest {
        subnetIds = subnetIds == null ? List.of() : List.copyOf(subnetIds);
        securityGroupIds = securityGroupIds == null ? List.of() : List.copyOf(securityGroupIds);
    }

    public static VpcConfigRequest subnets(List<String> subnetIds) {
        return new VpcConfigRequest(subnetIds, List.of(), null, null);
    }
}
