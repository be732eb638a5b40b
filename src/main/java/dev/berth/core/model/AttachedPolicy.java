package dev.berth.core.model;

/** A managed policy attached to a role, as ListAttachedRolePolicies names it. */
public record AttachedPolicy(String policyName, String policyArn) {
}
