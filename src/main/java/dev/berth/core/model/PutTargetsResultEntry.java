package dev.berth.core.model;

/** A target PutTargets or RemoveTargets could not put or remove, with AWS's error code and message. */
public record PutTargetsResultEntry(String targetId, String errorCode, String errorMessage) {
}
