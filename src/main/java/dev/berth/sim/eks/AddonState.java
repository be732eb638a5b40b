package dev.berth.sim.eks;

import dev.berth.core.model.Addon;

import java.time.Instant;
import java.util.Map;

/** One installed add-on. */
final class AddonState {
    final String name;
    final String clusterName;
    final String arn;
    final String version;
    final Instant createdAt;
    Instant modifiedAt;
    String status = "CREATING";

    AddonState(String name, String clusterName, String arn, String version, Instant createdAt) {
        this.name = name;
        this.clusterName = clusterName;
        this.arn = arn;
        this.version = version;
        this.createdAt = createdAt;
        this.modifiedAt = createdAt;
    }

    Addon toModel() {
        return new Addon(name, clusterName, status, version, arn, createdAt, modifiedAt, Map.of());
    }
}
