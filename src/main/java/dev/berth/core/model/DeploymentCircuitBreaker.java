package dev.berth.core.model;

/** The deployment circuit breaker: stop a failing deployment and, with {@code rollback}, return to the last good one. */
public record DeploymentCircuitBreaker(boolean enable, boolean rollback) {
}
