package dev.berth.core.model;

/**
 * One of a service's load balancers, as ECS names it: a target group (Application or Network Load Balancer) or a
 * Classic Load Balancer's name, and the container and port whose traffic it carries.
 */
public record LoadBalancer(String targetGroupArn, String loadBalancerName, String containerName,
                           Integer containerPort) {

    public static LoadBalancer targetGroup(String targetGroupArn, String containerName, int containerPort) {
        return new LoadBalancer(targetGroupArn, null, containerName, containerPort);
    }
}
