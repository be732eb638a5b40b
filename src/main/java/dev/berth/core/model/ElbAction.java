package dev.berth.core.model;

/** A listener's action ({@code Action} in ELB); the simulator knows {@code forward} to one target group. */
public record ElbAction(String type, String targetGroupArn) {

    public static ElbAction forward(String targetGroupArn) {
        return new ElbAction("forward", targetGroupArn);
    }
}
