package dev.berth.core.model;

import java.time.Instant;

/**
 * An IAM role as GetRole and ListRoles show it ({@code RoleName}, {@code Arn}, ...). The trust policy names who may
 * assume it: {@code ecs-tasks.amazonaws.com} for task and execution roles, {@code ec2.amazonaws.com} for an
 * instance profile's role.
 */
public record Role(String path, String roleName, String roleId, String arn, Instant createDate,
                   String assumeRolePolicyDocument, String description, int maxSessionDuration) {
}
