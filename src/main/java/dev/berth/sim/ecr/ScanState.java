package dev.berth.sim.ecr;

import dev.berth.core.model.ImageScanFinding;
import dev.berth.core.model.ImageScanStatus;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A basic scan of one image: started, and once complete its findings. */
record ScanState(Instant startedAt, Instant completedAt, List<ImageScanFinding> findings) {
    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String COMPLETE = "COMPLETE";
    private static final List<String> SEVERITIES = List.of("CRITICAL", "HIGH", "MEDIUM", "LOW", "INFORMATIONAL",
            "UNDEFINED");

    static ScanState started(Instant at) {
        return new ScanState(at, null, List.of());
    }

    ScanState complete(Instant at, List<ImageScanFinding> found) {
        return new ScanState(startedAt, at, found);
    }

    ImageScanStatus status() {
        return completedAt == null ? new ImageScanStatus(IN_PROGRESS, null)
                : new ImageScanStatus(COMPLETE, "The scan was completed successfully.");
    }

    /** Counts per severity, most severe first, only the severities found (as ECR writes them). */
    Map<String, Integer> severityCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String severity : SEVERITIES) {
            int n = (int) findings.stream().filter(f -> f.severity().equals(severity)).count();
            if (n > 0) {
                counts.put(severity, n);
            }
        }
        return counts;
    }
}
