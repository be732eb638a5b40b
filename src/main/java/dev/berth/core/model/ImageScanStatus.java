package dev.berth.core.model;

/** A scan's state: IN_PROGRESS, COMPLETE, FAILED, ... with AWS's description. */
public record ImageScanStatus(String status, String description) {
}
