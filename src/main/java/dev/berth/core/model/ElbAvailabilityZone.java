package dev.berth.core.model;

/** A zone a load balancer has a node in, through the subnet given for it ({@code AvailabilityZone} in ELB). */
public record ElbAvailabilityZone(String zoneName, String subnetId) {
}
