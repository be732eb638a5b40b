package dev.berth.core.model;

/** Why an alarm did not change the capacity: AlreadyAtMaxCapacity, AlreadyAtMinCapacity, .... */
public record NotScaledReason(String code, Integer maxCapacity, Integer minCapacity, Integer currentCapacity) {
}
