package dev.berth.core.model;

import java.util.List;

/** One vulnerability a basic scan found, e.g. {@code CVE-2019-5188} of severity MEDIUM in package e2fsprogs. */
public record ImageScanFinding(
        String name,
        String description,
        String uri,
        String severity,
        List<ScanFindingAttribute> attributes) {
    public ImageScanFinding {
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }
}
