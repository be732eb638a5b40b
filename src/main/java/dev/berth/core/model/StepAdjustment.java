package dev.berth.core.model;

/**
 * One step: applies when (metric − alarm threshold) lies in [lower, upper); a null bound is unbounded on that side.
 */
public record StepAdjustment(Double metricIntervalLowerBound, Double metricIntervalUpperBound, int scalingAdjustment) {
}
