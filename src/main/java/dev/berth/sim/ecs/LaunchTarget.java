package dev.berth.sim.ecs;

/**
 * Where a task runs: its launch type (FARGATE or EC2) and, when a capacity provider strategy chose it, that capacity
 * provider (FARGATE, FARGATE_SPOT or an auto scaling group provider).
 */
record LaunchTarget(String launchType, String capacityProviderName) {
    boolean isFargate() {
        return "FARGATE".equals(launchType);
    }

    /** An auto scaling group capacity provider: its tasks wait in PROVISIONING until an instance has room. */
    boolean waitsForCapacity() {
        return !isFargate() && capacityProviderName != null;
    }
}
