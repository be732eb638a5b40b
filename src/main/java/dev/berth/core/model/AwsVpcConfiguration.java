package dev.berth.core.model;

import java.util.List;

/** Subnets and security groups for awsvpc tasks; {@code assignPublicIp} ENABLED or DISABLED. */
public record AwsVpcConfiguration(List<String> subnets, List<String> securityGroups, String assignPublicIp) {
    public AwsVpcConfiguration {
        subnets = subnets == null ? List.of() : List.copyOf(subnets);
        securityGroups = securityGroups == null ? List.of() : List.copyOf(securityGroups);
    }
}
