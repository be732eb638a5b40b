package dev.berth.core.model;

/** What a lifecycle rule does to the images it selects; the preview reports {@code EXPIRE}. */
public record LifecyclePolicyRuleAction(String type) {
    public static final LifecyclePolicyRuleAction EXPIRE = new LifecyclePolicyRuleAction("EXPIRE");
}
