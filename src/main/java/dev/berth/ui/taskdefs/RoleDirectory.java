package dev.berth.ui.taskdefs;

import dev.berth.core.gateway.GatewayException;
import dev.berth.core.gateway.IamGateway;
import dev.berth.core.model.AttachedPolicy;
import dev.berth.core.model.Page;
import dev.berth.core.model.Role;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The account's IAM roles by name, each with its ARN and the names of its attached managed policies, as far as the
 * backend shows them: a backend without IAM (real AWS, so far) gives an unknown directory, which warns of nothing.
 */
record RoleDirectory(Map<String, Role> roles, Map<String, List<String>> policyNames, boolean known) {
    static final RoleDirectory UNKNOWN = new RoleDirectory(Map.of(), Map.of(), false);

    RoleDirectory {
        roles = Map.copyOf(roles);
        policyNames = Map.copyOf(policyNames);
    }

    static RoleDirectory read(IamGateway iam) {
        try {
            Map<String, Role> roles = new LinkedHashMap<>();
            Map<String, List<String>> policies = new LinkedHashMap<>();
            for (Role role : Page.all(marker -> iam.listRoles(null, marker, null))) {
                roles.put(role.roleName(), role);
                policies.put(role.roleName(), Page.all(marker -> iam.listAttachedRolePolicies(role.roleName(),
                        marker, null)).stream().map(AttachedPolicy::policyName).toList());
            }
            return new RoleDirectory(roles, policies, true);
        } catch (GatewayException notReadable) {
            return UNKNOWN;
        }
    }

    /** The ARNs a role field can offer, in the order IAM lists the roles. */
    List<String> roleArns() {
        return roles.values().stream().map(Role::arn).toList();
    }

    /** The policy names of the role a task definition names by ARN or by name; empty when IAM has no such role. */
    Optional<List<String>> policiesOf(String roleArnOrName) {
        String name = roleArnOrName.substring(roleArnOrName.lastIndexOf('/') + 1);
        Role role = roles.get(name);
        boolean sameRole = role != null && (roleArnOrName.equals(name) || roleArnOrName.equals(role.arn()));
        return sameRole ? Optional.of(policyNames.get(name)) : Optional.empty();
    }
}
