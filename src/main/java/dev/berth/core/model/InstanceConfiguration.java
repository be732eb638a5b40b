package dev.berth.core.model;

/**
 * The size of each instance of an App Runner service. Requests take {@code "1024"} or {@code "1 vCPU"}, {@code
 * "2048"} or {@code "2 GB"}; AWS answers in CPU units and MiB ("1024", "2048"). Null members take 1 vCPU and 2 GB.
 */
public record InstanceConfiguration(String cpu, String memory, String instanceRoleArn) {

    public static InstanceConfiguration of(String cpu, String memory) {
        return new InstanceConfiguration(cpu, memory, null);
    }
}
