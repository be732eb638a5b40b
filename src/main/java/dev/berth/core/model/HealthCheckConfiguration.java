package dev.berth.core.model;

/**
 * How App Runner checks an App Runner service's instances: protocol TCP or HTTP, the HTTP path, interval and
 * timeout in seconds, and how many checks in a row make an instance healthy or unhealthy. Null takes AWS's default.
 */
public record HealthCheckConfiguration(
        String protocol,
        String path,
        Integer interval,
        Integer timeout,
        Integer healthyThreshold,
        Integer unhealthyThreshold) {

    /** AWS's defaults: TCP, path "/", every 5 s, 2 s timeout, 1 healthy, 5 unhealthy. */
    public static final HealthCheckConfiguration DEFAULT = new HealthCheckConfiguration("TCP", "/", 5, 2, 1, 5);
}
