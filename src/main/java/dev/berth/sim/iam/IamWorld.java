package dev.berth.sim.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.model.AttachedPolicy;
import dev.berth.core.model.CreateRoleRequest;
import dev.berth.core.model.Page;
import dev.berth.core.model.Role;
import dev.berth.sim.MarkerPages;
import dev.berth.sim.SimContext;
import dev.berth.sim.ecs.ArnFactory;
import dev.berth.sim.ecs.Identities;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * The simulated IAM of one world: roles with their trust policies and attached AWS managed policies. An account
 * starts with the two roles the ECS console creates for its users, {@code ecsTaskExecutionRole} (with
 * AmazonECSTaskExecutionRolePolicy, trusted by ECS tasks) and {@code ecsInstanceRole} (with
 * AmazonEC2ContainerServiceforEC2Role, trusted by EC2, the role of the instances' instance profile). ECS asks it,
 * as {@link Identities}, whether a role can be assumed and what it allows.
 */
public final class IamWorld implements Identities {
    public static final String EXECUTION_ROLE = "ecsTaskExecutionRole";
    public static final String INSTANCE_ROLE = Identities.INSTANCE_ROLE;
    private static final Pattern ROLE_NAME = Pattern.compile("[\\w+=,.@-]{1,64}");
    private static final int MAX_POLICIES_PER_ROLE = 10;
    private static final int DEFAULT_MAX_SESSION_SECONDS = 3600;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final class RoleState {
        final Role role;
        final Set<String> policyArns = new LinkedHashSet<>();
        final Set<String> trustedServices;

        RoleState(Role role, Set<String> trustedServices) {
            this.role = role;
            this.trustedServices = trustedServices;
        }
    }

    private final SimContext context;
    private final Map<String, RoleState> roles = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    public IamWorld(SimContext context) {
        this.context = context;
        createRole(CreateRoleRequest.forService(EXECUTION_ROLE, ECS_TASKS, null));
        attachRolePolicy(EXECUTION_ROLE, ManagedPolicies.TASK_EXECUTION);
        createRole(CreateRoleRequest.forService(INSTANCE_ROLE, EC2, null));
        attachRolePolicy(INSTANCE_ROLE, ManagedPolicies.CONTAINER_INSTANCE);
    }

    public Role createRole(CreateRoleRequest request) {
        String name = request.roleName();
        if (name == null || !ROLE_NAME.matcher(name).matches()) {
            throw IamErrors.validation(name, "roleName", "Member must satisfy regular expression pattern: "
                    + "[\\w+=,.@-]+");
        }
        if (roles.containsKey(name)) {
            throw IamErrors.roleExists(name);
        }
        Set<String> trusted = trustedServices(request.assumeRolePolicyDocument());
        String path = request.path() == null || request.path().isEmpty() ? "/" : request.path();
        if (!path.startsWith("/") || !path.endsWith("/")) {
            throw IamErrors.validation(path, "path", "Member must satisfy regular expression pattern: "
                    + "(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)");
        }
        String id = "AROA" + context.random().alphanumeric(17).toUpperCase();
        String arn = "arn:aws:iam::" + context.settings().accountId() + ":role" + path + name;
        Role role = new Role(path, name, id, arn, context.now(), request.assumeRolePolicyDocument(),
                request.description(), DEFAULT_MAX_SESSION_SECONDS);
        roles.put(name, new RoleState(role, trusted));
        return role;
    }

    public Role getRole(String roleName) {
        return role(roleName).role;
    }

    public Page<Role> listRoles(String pathPrefix, String marker, Integer maxItems) {
        String prefix = pathPrefix == null ? "/" : pathPrefix;
        List<Role> matching = roles.values().stream().map(r -> r.role).filter(r -> r.path().startsWith(prefix))
                .toList();
        return page(matching, marker, maxItems);
    }

    public void attachRolePolicy(String roleName, String policyArn) {
        RoleState state = role(roleName);
        if (ManagedPolicies.byArn(policyArn).isEmpty()) {
            throw IamErrors.noSuchPolicy(policyArn);
        }
        if (!state.policyArns.contains(policyArn) && state.policyArns.size() >= MAX_POLICIES_PER_ROLE) {
            throw IamErrors.tooManyPolicies();
        }
        state.policyArns.add(policyArn);
    }

    public void detachRolePolicy(String roleName, String policyArn) {
        if (!role(roleName).policyArns.remove(policyArn)) {
            throw IamErrors.notAttached(policyArn);
        }
    }

    public Page<AttachedPolicy> listAttachedRolePolicies(String roleName, String marker, Integer maxItems) {
        List<AttachedPolicy> attached = role(roleName).policyArns.stream()
                .map(arn -> new AttachedPolicy(ManagedPolicies.byArn(arn).orElseThrow().name(), arn)).toList();
        return page(attached, marker, maxItems);
    }

    @Override
    public boolean canAssume(String role, String servicePrincipal) {
        RoleState state = roles.get(ArnFactory.lastSegment(role));
        return state != null && (role.equals(state.role.roleName()) || role.equals(state.role.arn()))
                && state.trustedServices.contains(servicePrincipal);
    }

    @Override
    public boolean allows(String role, String action) {
        RoleState state = roles.get(ArnFactory.lastSegment(role));
        return state != null && state.policyArns.stream()
                .flatMap(arn -> ManagedPolicies.byArn(arn).orElseThrow().actions().stream())
                .anyMatch(pattern -> ManagedPolicies.matches(pattern, action));
    }

    private RoleState role(String roleName) {
        RoleState state = roleName == null ? null : roles.get(roleName);
        if (state == null) {
            throw IamErrors.noSuchRole(roleName);
        }
        return state;
    }

    /** The services an Allow statement for sts:AssumeRole names as principals. */
    private static Set<String> trustedServices(String document) {
        if (document == null || document.isBlank()) {
            throw IamErrors.validation("null", "assumeRolePolicyDocument", "Member must not be null");
        }
        JsonNode policy;
        try {
            policy = JSON.readTree(document);
        } catch (IOException e) {
            throw IamErrors.malformedPolicy();
        }
        if (policy == null || !policy.isObject() || policy.get("Statement") == null) {
            throw IamErrors.malformedPolicy();
        }
        Set<String> services = new LinkedHashSet<>();
        for (JsonNode statement : each(policy.get("Statement"))) {
            boolean allow = "Allow".equals(statement.path("Effect").asText());
            boolean assume = each(statement.get("Action")).stream().anyMatch(a -> "sts:AssumeRole".equals(a.asText()));
            if (allow && assume) {
                each(statement.path("Principal").get("Service")).forEach(s -> services.add(s.asText()));
            }
        }
        return services;
    }

    private static List<JsonNode> each(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return List.of();
        }
        return node.isArray() ? StreamSupport.stream(node.spliterator(), false).toList() : List.of(node);
    }

    /** MaxItems 1–1000, default 100. */
    private static <T> Page<T> page(List<T> items, String marker, Integer maxItems) {
        int size = maxItems == null ? 100 : maxItems;
        if (size < 1 || size > 1000) {
            throw IamErrors.validation(String.valueOf(size), "maxItems", "Member must have value less than or "
                    + "equal to 1000");
        }
        return MarkerPages.of(items, marker, size,
                () -> IamErrors.validation(marker, "marker", "Member must be a marker this operation returned"));
    }
}
