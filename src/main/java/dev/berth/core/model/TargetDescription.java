package dev.berth.core.model;

/** A target: an instance id or IP address, the port it takes traffic on (null: the group's port), and its zone. */
public record TargetDescription(String id, Integer port, String availabilityZone) {

    public static TargetDescription of(String id, int port) {
        return new TargetDescription(id, port, null);
    }
}
