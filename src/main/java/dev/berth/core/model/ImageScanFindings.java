package dev.berth.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A completed basic scan: the counts per severity, and one page of the findings. */
public record ImageScanFindings(
        Instant imageScanCompletedAt,
        Instant vulnerabilitySourceUpdatedAt,
        Map<String, Integer> findingSeverityCounts,
        List<ImageScanFinding> findings) {
    public ImageScanFindings {
        findingSeverityCounts = findingSeverityCounts == null ? Map.of() : Map.copyOf(findingSeverityCounts);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
