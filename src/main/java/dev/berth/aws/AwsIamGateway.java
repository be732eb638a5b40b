package dev.berth.aws;

import dev.berth.core.gateway.IamGateway;
import dev.berth.core.model.AttachedPolicy;
import dev.berth.core.model.CreateRoleRequest;
import dev.berth.core.model.Page;
import dev.berth.core.model.Role;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.ListAttachedRolePoliciesResponse;
import software.amazon.awssdk.services.iam.model.ListRolesResponse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import static dev.berth.aws.EcsShapes.map;

/**
 * IAM's roles through the SDK, one call per method, a page per call as IAM cuts it ({@code Marker} while
 * {@code IsTruncated}). IAM is global: the SDK's endpoint rules send every region's client to the partition's one
 * endpoint ({@code iam.amazonaws.com}, signed for us-east-1).
 */
public final class AwsIamGateway implements IamGateway {
    private final IamClient iam;
    private final SdkCalls calls;

    AwsIamGateway(IamClient iam, SdkCalls calls) {
        this.iam = iam;
        this.calls = calls;
    }

    @Override
    public Page<Role> listRoles(String pathPrefix, String marker, Integer maxItems) {
        return calls.read("ListRoles", () -> {
            ListRolesResponse page = iam.listRoles(r -> r.pathPrefix(pathPrefix).marker(marker).maxItems(maxItems));
            return new Page<>(map(page.roles(), AwsIamGateway::role), next(page.isTruncated(), page.marker()));
        });
    }

    @Override
    public Role getRole(String roleName) {
        return calls.read("GetRole", () -> role(iam.getRole(r -> r.roleName(roleName)).role()));
    }

    @Override
    public Role createRole(CreateRoleRequest request) {
        return calls.write("CreateRole", () -> role(iam.createRole(r -> r.roleName(request.roleName())
                .path(request.path()).assumeRolePolicyDocument(request.assumeRolePolicyDocument())
                .description(request.description())).role()));
    }

    @Override
    public void attachRolePolicy(String roleName, String policyArn) {
        calls.write("AttachRolePolicy", () -> iam.attachRolePolicy(r -> r.roleName(roleName).policyArn(policyArn)));
    }

    @Override
    public void detachRolePolicy(String roleName, String policyArn) {
        calls.write("DetachRolePolicy", () -> iam.detachRolePolicy(r -> r.roleName(roleName).policyArn(policyArn)));
    }

    @Override
    public Page<AttachedPolicy> listAttachedRolePolicies(String roleName, String marker, Integer maxItems) {
        return calls.read("ListAttachedRolePolicies", () -> {
            ListAttachedRolePoliciesResponse page = iam.listAttachedRolePolicies(r -> r.roleName(roleName)
                    .marker(marker).maxItems(maxItems));
            return new Page<>(map(page.attachedPolicies(), p -> new AttachedPolicy(p.policyName(), p.policyArn())),
                    next(page.isTruncated(), page.marker()));
        });
    }

    /** IAM answers the trust policy URL-encoded; the SDK hands it on as it came. */
    private static Role role(software.amazon.awssdk.services.iam.model.Role role) {
        String trust = role.assumeRolePolicyDocument() == null ? null
                : URLDecoder.decode(role.assumeRolePolicyDocument(), StandardCharsets.UTF_8);
        return new Role(role.path(), role.roleName(), role.roleId(), role.arn(), role.createDate(), trust,
                role.description(), role.maxSessionDuration() == null ? 0 : role.maxSessionDuration());
    }

    private static String next(Boolean truncated, String marker) {
        return Boolean.TRUE.equals(truncated) ? marker : null;
    }
}
