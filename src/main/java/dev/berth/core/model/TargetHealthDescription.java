package dev.berth.core.model;

/** One target of a target group and its health, as DescribeTargetHealth returns it. */
public record TargetHealthDescription(TargetDescription target, String healthCheckPort, TargetHealth targetHealth) {
}
