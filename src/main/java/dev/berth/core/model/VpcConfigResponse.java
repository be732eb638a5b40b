package dev.berth.core.model;

import java.util.List;

/** The VPC settings of an EKS cluster: its subnets and security groups, and who can reach its API server. */
public record VpcConfigResponse(
        List<String> subnetIds,
        List<String> securityGroupIds,
        String clusterSecurityGroupId,
        String vpcId,
        boolean endpointPublicAccess,
        boolean endpointPrivateAccess,
        List<String> publicAccessCidrs) {
    public VpcConfigResponse {
        subnetIds = List.copyOf(subnetIds);
        securityGroupIds = List.copyOf(securityGroupIds);
        publicAccessCidrs = List.copyOf(publicAccessCidrs);
    }
}
