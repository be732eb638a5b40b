package dev.berth.sim.ecs;

/**
 * IAM as ECS consults it when it launches a task or registers an instance: whether a role can be assumed by a
 * service (its trust policy) and what its attached policies allow. Roles are named by ARN or by name.
 */
public interface Identities {
    /** The principal ECS assumes task and execution roles as. */
    String ECS_TASKS = "ecs-tasks.amazonaws.com";
    /** The principal an EC2 instance profile's role must trust. */
    String EC2 = "ec2.amazonaws.com";
    /** The role of the instance profile the ECS console gives a cluster's instances. */
    String INSTANCE_ROLE = "ecsInstanceRole";

    /** Whether the role exists and its trust policy lets {@code servicePrincipal} assume it. */
    boolean canAssume(String role, String servicePrincipal);

    /** Whether the role's policies allow {@code action} (e.g. {@code ecr:GetAuthorizationToken}). */
    boolean allows(String role, String action);

    /** ECS on its own, without an IAM: every role exists and may do anything. */
    static Identities allowAll() {
        return new Identities() {
            @Override
            public boolean canAssume(String role, String servicePrincipal) {
                return true;
            }

            @Override
            public boolean allows(String role, String action) {
                return true;
            }
        };
    }
}
