package dev.berth.core.model;

/**
 * A Classic Load Balancer's view of one instance: state {@code InService}, {@code OutOfService} or {@code Unknown},
 * reason code {@code ELB}, {@code Instance} or {@code N/A}, and a description.
 */
public record InstanceState(String instanceId, String state, String reasonCode, String description) {
}
