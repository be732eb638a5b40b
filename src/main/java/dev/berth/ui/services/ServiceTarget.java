package dev.berth.ui.services;

/**
 * One target of a service's load balancer and the task behind it, as the Load balancing tab lists it: the target
 * (IP address, or instance id) and port, its health state, reason and description as ELB reports them. The task is
 * null for a target no task of the service registered.
 */
record ServiceTarget(String taskId, String targetGroup, String target, Integer port, String state, String reason,
                     String description) {

    String id() {
        return targetGroup + " " + target + ":" + port;
    }
}
