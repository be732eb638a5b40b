package dev.berth.core.model;

/** The capacities a scheduled action sets; a null member is left as it is. */
public record ScalableTargetAction(Integer minCapacity, Integer maxCapacity) {
}
