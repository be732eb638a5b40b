package dev.berth.sim.iam;

import dev.berth.core.model.CreateRoleRequest;
import dev.berth.core.model.Role;

/** The journaled IAM operations, one record each, applied to an {@link IamWorld}. */
public final class IamCommands {

    private IamCommands() {
    }

    public record CreateRole(CreateRoleRequest request) implements IamCommand<Role> {
        @Override
        public Role applyTo(IamWorld iam) {
            return iam.createRole(request);
        }
    }

    public record AttachRolePolicy(String roleName, String policyArn) implements IamCommand<Void> {
        @Override
        public Void applyTo(IamWorld iam) {
            iam.attachRolePolicy(roleName, policyArn);
            return null;
        }
    }

    public record DetachRolePolicy(String roleName, String policyArn) implements IamCommand<Void> {
        @Override
        public Void applyTo(IamWorld iam) {
            iam.detachRolePolicy(roleName, policyArn);
            return null;
        }
    }
}
