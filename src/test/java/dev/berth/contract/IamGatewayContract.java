package dev.berth.contract;

import dev.berth.core.gateway.IamGateway;
import dev.berth.core.model.AttachedPolicy;
import dev.berth.core.model.CreateRoleRequest;
import dev.berth.core.model.Page;
import dev.berth.core.model.Role;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.berth.sim.EcsFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every IAM backend must do with roles and their attached managed policies, with IAM's error codes and
 * messages: run by {@link SimIamGatewayTest} against the simulator's own gateway and by {@link AwsIamGatewayTest}
 * against the AWS SDK gateway talking awsQuery to the simulator's endpoint.
 */
abstract class IamGatewayContract {
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final String ACCOUNT = WorldSettings.DEFAULT_ACCOUNT_ID;
    private static final String EXECUTION_POLICY =
            "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy";
    private static final String S3_FULL_ACCESS = "arn:aws:iam::aws:policy/AmazonS3FullAccess";

    private IamGateway iam;

    /** The gateway under test over {@code simulator}. */
    protected abstract IamGateway backend(Simulator simulator);

    @BeforeEach
    void world() {
        iam = backend(Simulator.create(WorldSettings.of("iam-contract", 5, START), CommandJournal.none()));
    }

    @Test
    void aRoleIsCreatedWithItsTrustPolicyAndReadBack() {
        Role created = iam.createRole(new CreateRoleRequest("orders-task", "/app/",
                CreateRoleRequest.trustPolicy("ecs-tasks.amazonaws.com"), "Orders service & friends"));

        assertThat(created.roleId()).matches("AROA[A-Z0-9]{17}");
        assertThat(created).isEqualTo(new Role("/app/", "orders-task", created.roleId(),
                "arn:aws:iam::" + ACCOUNT + ":role/app/orders-task", START,
                CreateRoleRequest.trustPolicy("ecs-tasks.amazonaws.com"), "Orders service & friends", 3600));
        assertThat(iam.getRole("orders-task")).isEqualTo(created);
        assertThat(iam.listRoles("/app/", null, null).items()).containsExactly(created);
    }

    @Test
    void theSameRoleNameTwiceOrAnUnknownRoleIsRefused() {
        iam.createRole(CreateRoleRequest.forService("web", "ecs-tasks.amazonaws.com", null));

        assertRefused(() -> iam.createRole(CreateRoleRequest.forService("web", "ec2.amazonaws.com", null)),
                "EntityAlreadyExists", "Role with name web already exists.");
        assertRefused(() -> iam.getRole("missing"), "NoSuchEntity", "The role with name missing cannot be found.");
        assertRefused(() -> iam.listAttachedRolePolicies("missing", null, null), "NoSuchEntity",
                "The role with name missing cannot be found.");
    }

    @Test
    void rolesArePagedByMarker() {
        for (int i = 0; i < 3; i++) {
            iam.createRole(CreateRoleRequest.forService("role-" + i, "ecs-tasks.amazonaws.com", null));
        }

        Page<Role> first = iam.listRoles(null, null, 2);
        assertThat(first.items()).extracting(Role::roleName).containsExactly("ecsInstanceRole",
                "ecsTaskExecutionRole");
        assertThat(first.hasMore()).isTrue();
        assertThat(Page.all(marker -> iam.listRoles(null, marker, 2))).extracting(Role::roleName)
                .containsExactly("ecsInstanceRole", "ecsTaskExecutionRole", "role-0", "role-1", "role-2");
    }

    @Test
    void policiesAreAttachedListedAndDetached() {
        iam.createRole(CreateRoleRequest.forService("worker", "ecs-tasks.amazonaws.com", null));

        iam.attachRolePolicy("worker", EXECUTION_POLICY);
        iam.attachRolePolicy("worker", S3_FULL_ACCESS);
        iam.attachRolePolicy("worker", S3_FULL_ACCESS);
        assertThat(iam.listAttachedRolePolicies("worker", null, null).items()).containsExactly(
                new AttachedPolicy("AmazonECSTaskExecutionRolePolicy", EXECUTION_POLICY),
                new AttachedPolicy("AmazonS3FullAccess", S3_FULL_ACCESS));
        Page<AttachedPolicy> first = iam.listAttachedRolePolicies("worker", null, 1);
        assertThat(first.items()).extracting(AttachedPolicy::policyArn).containsExactly(EXECUTION_POLICY);
        assertThat(iam.listAttachedRolePolicies("worker", first.nextToken(), 1).items())
                .extracting(AttachedPolicy::policyArn).containsExactly(S3_FULL_ACCESS);

        iam.detachRolePolicy("worker", EXECUTION_POLICY);
        assertThat(iam.listAttachedRolePolicies("worker", null, null).items()).extracting(AttachedPolicy::policyArn)
                .isEqualTo(List.of(S3_FULL_ACCESS));
        assertRefused(() -> iam.detachRolePolicy("worker", EXECUTION_POLICY), "NoSuchEntity",
                "Policy " + EXECUTION_POLICY + " was not found.");
        assertRefused(() -> iam.attachRolePolicy("worker", "arn:aws:iam::aws:policy/Nope"), "NoSuchEntity",
                "Policy arn:aws:iam::aws:policy/Nope does not exist or is not attachable.");
        assertRefused(() -> iam.attachRolePolicy("missing", S3_FULL_ACCESS), "NoSuchEntity",
                "The role with name missing cannot be found.");
    }

    @Test
    void aTrustPolicyThatIsNotJsonIsMalformed() {
        assertRefused(() -> iam.createRole(new CreateRoleRequest("broken", "/", "{not json", null)),
                "MalformedPolicyDocument", "This policy contains invalid Json");
    }
}
