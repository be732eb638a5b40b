package dev.berth.sim.ecs;

/**
 * One registration of a service task with a load balancer: the target group (or a Classic Load Balancer's key), the
 * target (an IP address on awsvpc, the instance id otherwise) and port, and the last health the load balancer gave.
 */
final class TaskTarget {
    final String groupKey;
    final String id;
    final int port;
    String state = "initial";
    boolean deregistered;

    TaskTarget(String groupKey, String id, int port) {
        this.groupKey = groupKey;
        this.id = id;
        this.port = port;
    }

    boolean isHealthy() {
        return "healthy".equals(state);
    }
}
