package dev.berth.core.model;

/** Whether ECR scans each image as it is pushed (basic scanning). */
public record ImageScanningConfiguration(boolean scanOnPush) {
}
