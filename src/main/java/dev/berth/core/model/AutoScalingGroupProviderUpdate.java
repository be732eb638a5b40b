package dev.berth.core.model;

/** UpdateCapacityProvider's changes; a null member keeps the provider's current setting. */
public record AutoScalingGroupProviderUpdate(ManagedScaling managedScaling, String managedTerminationProtection,
                                             String managedDraining) {
}
