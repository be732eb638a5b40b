package dev.berth.sim.wire;

import dev.berth.core.gateway.IamGateway;
import dev.berth.core.model.CreateRoleRequest;
import dev.berth.core.model.Page;
import dev.berth.core.model.Role;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * AWS Identity and Access Management (API 2010-05-08, signing name {@code iam}) over awsQuery: the role operations
 * of {@link IamGateway} with IAM's member names, paged by {@code Marker} with {@code IsTruncated}. IAM answers a
 * role's trust policy URL-encoded (spaces as {@code %20}), as AWS does.
 */
final class IamQueryApi extends QueryApi {
    static final String SIGNING_NAME = "iam";
    private static final String VERSION = "2010-05-08";
    /** The statuses IAM's model gives the errors of these operations; the rest are 400. */
    private static final Map<String, Integer> STATUSES = Map.of("NoSuchEntity", 404, "EntityAlreadyExists", 409,
            "LimitExceeded", 409, "ConcurrentModification", 409, "ServiceFailure", 500);

    IamQueryApi(IamGateway iam) {
        super(SIGNING_NAME, VERSION, "https://iam.amazonaws.com/doc/2010-05-08/");
        operations.put("CreateRole", (in, out) -> out.structure("Role", role -> role(role, iam.createRole(
                new CreateRoleRequest(in.required("RoleName"), in.text("Path"), in.required("AssumeRolePolicyDocument"),
                        in.text("Description"))))));
        operations.put("GetRole", (in, out) -> out.structure("Role", role -> role(role,
                iam.getRole(in.required("RoleName")))));
        operations.put("ListRoles", (in, out) -> {
            Page<Role> page = iam.listRoles(in.text("PathPrefix"), in.text("Marker"), in.integer("MaxItems"));
            out.list("Roles", page.items(), IamQueryApi::role);
            truncated(out, page);
        });
        operations.put("AttachRolePolicy", (in, out) -> iam.attachRolePolicy(in.required("RoleName"),
                in.required("PolicyArn")));
        operations.put("DetachRolePolicy", (in, out) -> iam.detachRolePolicy(in.required("RoleName"),
                in.required("PolicyArn")));
        operations.put("ListAttachedRolePolicies", (in, out) -> {
            var page = iam.listAttachedRolePolicies(in.required("RoleName"), in.text("Marker"),
                    in.integer("MaxItems"));
            out.list("AttachedPolicies", page.items(), (policy, attached) -> policy
                    .value("PolicyName", attached.policyName())
                    .value("PolicyArn", attached.policyArn()));
            truncated(out, page);
        });
    }

    @Override
    int status(String errorCode) {
        return STATUSES.getOrDefault(errorCode, 400);
    }

    private static void role(QueryXml out, Role role) {
        out.value("Path", role.path())
                .value("RoleName", role.roleName())
                .value("RoleId", role.roleId())
                .value("Arn", role.arn())
                .value("CreateDate", role.createDate())
                .value("AssumeRolePolicyDocument", role.assumeRolePolicyDocument() == null ? null
                        : URLEncoder.encode(role.assumeRolePolicyDocument(), StandardCharsets.UTF_8)
                                .replace("+", "%20"))
                .value("Description", role.description())
                .value("MaxSessionDuration", role.maxSessionDuration());
    }

    /** IAM's paging members: {@code IsTruncated} always, {@code Marker} only when there is more. */
    private static void truncated(QueryXml out, Page<?> page) {
        out.value("IsTruncated", page.hasMore()).value("Marker", page.nextToken());
    }
}
