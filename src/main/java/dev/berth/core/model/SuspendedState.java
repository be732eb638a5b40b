package dev.berth.core.model;

/** Which kinds of scaling are paused for a scalable target; a null member leaves the current setting. */
public record SuspendedState(
        Boolean dynamicScalingInSuspended,
        Boolean dynamicScalingOutSuspended,
        Boolean scheduledScalingSuspended) {

    public static SuspendedState none() {
        return new SuspendedState(false, false, false);
    }
}
