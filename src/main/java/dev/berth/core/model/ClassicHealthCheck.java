package dev.berth.core.model;

/**
 * A Classic Load Balancer's health check ({@code HealthCheck} in the ELB 2012-06-01 API): a target such as
 * {@code HTTP:80/} or {@code TCP:80}, and its timing.
 */
public record ClassicHealthCheck(String target, int interval, int timeout, int unhealthyThreshold,
                                 int healthyThreshold) {
}
