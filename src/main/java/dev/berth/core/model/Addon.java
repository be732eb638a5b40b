package dev.berth.core.model;

import java.time.Instant;
import java.util.Map;

/** An EKS add-on (vpc-cni, kube-proxy, coredns, ...) as DescribeAddon returns it. */
public record Addon(
        String addonName,
        String clusterName,
        String status,
        String addonVersion,
        String addonArn,
        Instant createdAt,
        Instant modifiedAt,
        Map<String, String> tags) {
    public Addon {
        tags = Map.copyOf(tags);
    }
}
