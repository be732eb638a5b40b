package dev.berth.sim;

import dev.berth.core.gateway.IamGateway;
import dev.berth.core.model.AttachedPolicy;
import dev.berth.core.model.CreateRoleRequest;
import dev.berth.core.model.Page;
import dev.berth.core.model.Role;
import dev.berth.sim.iam.IamCommands;

/** The simulator behind {@link IamGateway}: changes become journaled commands, reads look at the world directly. */
final class SimIamGateway implements IamGateway {
    private final Simulator simulator;

    SimIamGateway(Simulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public Page<Role> listRoles(String pathPrefix, String marker, Integer maxItems) {
        return simulator.readIam(iam -> iam.listRoles(pathPrefix, marker, maxItems));
    }

    @Override
    public Role getRole(String roleName) {
        return simulator.readIam(iam -> iam.getRole(roleName));
    }

    @Override
    public Role createRole(CreateRoleRequest request) {
        return simulator.execute(new IamCommands.CreateRole(request));
    }

    @Override
    public void attachRolePolicy(String roleName, String policyArn) {
        simulator.execute(new IamCommands.AttachRolePolicy(roleName, policyArn));
    }

    @Override
    public void detachRolePolicy(String roleName, String policyArn) {
        simulator.execute(new IamCommands.DetachRolePolicy(roleName, policyArn));
    }

    @Override
    public Page<AttachedPolicy> listAttachedRolePolicies(String roleName, String marker, Integer maxItems) {
        return simulator.readIam(iam -> iam.listAttachedRolePolicies(roleName, marker, maxItems));
    }
}
