package dev.berth.sim.apprunner;

/**
 * Whether the simulated account was an App Runner customer before AWS closed the service to new customers on
 * 30 April 2026. Existing customers keep using it as before; a new customer's CreateService is refused.
 */
public enum AppRunnerCustomer {
    EXISTING,
    NEW
}
