package dev.berth.core.model;

/** A Classic Load Balancer listener ({@code Listener} in the ELB 2012-06-01 API). */
public record ClassicListener(String protocol, int loadBalancerPort, String instanceProtocol, int instancePort) {
}
