package dev.berth.core.gateway;

import dev.berth.core.model.AttachedPolicy;
import dev.berth.core.model.CreateRoleRequest;
import dev.berth.core.model.Page;
import dev.berth.core.model.Role;

/**
 * AWS Identity and Access Management, the part ECS tasks and container instances depend on: roles, their trust
 * policies and the managed policies attached to them. One method per API operation; errors carry IAM's codes
 * ({@code NoSuchEntity}, {@code EntityAlreadyExists}, {@code MalformedPolicyDocument}, {@code LimitExceeded},
 * {@code InvalidInput}). Pages use IAM's {@code Marker}.
 */
public interface IamGateway {

    Page<Role> listRoles(String pathPrefix, String marker, Integer maxItems);

    /** NoSuchEntity: "The role with name X cannot be found." */
    Role getRole(String roleName);

    Role createRole(CreateRoleRequest request);

    /** Attaching an attached policy again changes nothing; an unknown policy ARN is NoSuchEntity. */
    void attachRolePolicy(String roleName, String policyArn);

    void detachRolePolicy(String roleName, String policyArn);

    Page<AttachedPolicy> listAttachedRolePolicies(String roleName, String marker, Integer maxItems);
}
