package dev.berth.core.model;

/** CreateRole: {@code assumeRolePolicyDocument} is the trust policy's JSON; path defaults to "/". */
public record CreateRoleRequest(String roleName, String path, String assumeRolePolicyDocument, String description) {

    /** A role that the AWS service {@code servicePrincipal} (e.g. {@code ecs-tasks.amazonaws.com}) may assume. */
    public static CreateRoleRequest forService(String roleName, String servicePrincipal, String description) {
        return new CreateRoleRequest(roleName, "/", trustPolicy(servicePrincipal), description);
    }

    /** The trust policy the IAM console writes for a service role. */
    public static String trustPolicy(String servicePrincipal) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\""
                + servicePrincipal + "\"},\"Action\":\"sts:AssumeRole\"}]}";
    }
}
