package dev.berth.sim.elb;

import dev.berth.core.model.TargetDescription;
import dev.berth.core.model.TargetHealth;
import dev.berth.core.model.TargetHealthDescription;

/** A target registered with a target group, its health and the health check counts behind it. */
final class RegisteredTarget {
    final String id;
    final int port;
    final String availabilityZone;
    String state;
    String reason;
    String description;
    /** Consecutive checks passed or failed, as the thresholds count them. */
    int passes;
    int failures;
    /** The check scheduled next; a change of plan replaces it, so the overtaken check does nothing. */
    Object nextCheck;
    /** True once registration is complete and health checks run. */
    boolean checking;

    RegisteredTarget(String id, int port, String availabilityZone) {
        this.id = id;
        this.port = port;
        this.availabilityZone = availabilityZone;
    }

    static String key(String id, int port) {
        return id + ":" + port;
    }

    boolean isDraining() {
        return "draining".equals(state);
    }

    TargetHealth health() {
        return new TargetHealth(state, reason, description);
    }

    TargetHealthDescription toDescription() {
        return new TargetHealthDescription(new TargetDescription(id, port, availabilityZone), String.valueOf(port),
                health());
    }
}
