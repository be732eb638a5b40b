package dev.berth.core.model;

/** {@code provisioning}, {@code active}, {@code active_impaired} or {@code failed}, and why when not active. */
public record LoadBalancerState(String code, String reason) {
}
