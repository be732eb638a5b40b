package dev.berth.core.model;

import java.time.Instant;
import java.util.Map;

/** How many findings a completed scan found per severity (CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL, UNDEFINED). */
public record ImageScanFindingsSummary(
        Instant imageScanCompletedAt,
        Instant vulnerabilitySourceUpdatedAt,
        Map<String, Integer> findingSeverityCounts) {
    public ImageScanFindingsSummary {
        findingSeverityCounts = findingSeverityCounts == null ? Map.of() : Map.copyOf(findingSeverityCounts);
    }
}
