package dev.berth.core.model;

/** The cluster's Kubernetes service network: AWS's default is 10.100.0.0/16 over IPv4. */
public record KubernetesNetworkConfigResponse(String serviceIpv4Cidr, String ipFamily) {
}
