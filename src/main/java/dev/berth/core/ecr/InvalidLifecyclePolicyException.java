package dev.berth.core.ecr;

/** A lifecycle policy ECR would refuse; the message says why, in words a user can act on. */
public final class InvalidLifecyclePolicyException extends RuntimeException {
    public InvalidLifecyclePolicyException(String message) {
        super(message);
    }
}
