package dev.berth.sim.eks;

import dev.berth.core.model.NodegroupScalingConfig;
import dev.berth.core.model.Taint;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What CreateNodegroup and UpdateNodegroupConfig check before anything changes. The scaling messages are AWS's
 * own (Terraform and SDK logs); the quota of 450 nodes per node group is AWS's default.
 */
final class NodegroupRules {
    static final int MAX_NODES = 450;
    static final int MAX_NODEGROUPS_PER_CLUSTER = 30;
    static final String DEFAULT_INSTANCE_TYPE = "t3.medium";
    static final String DEFAULT_AMI_TYPE = "AL2023_x86_64_STANDARD";
    static final int DEFAULT_DISK_SIZE = 20;
    static final NodegroupScalingConfig CONSOLE_SCALING = new NodegroupScalingConfig(2, 2, 2);
    static final List<String> CAPACITY_TYPES = List.of("ON_DEMAND", "SPOT");
    static final Set<String> AMI_TYPES = Set.of("AL2_x86_64", "AL2_x86_64_GPU", "AL2_ARM_64", "BOTTLEROCKET_ARM_64",
            "BOTTLEROCKET_x86_64", "BOTTLEROCKET_ARM_64_NVIDIA", "BOTTLEROCKET_x86_64_NVIDIA",
            "WINDOWS_CORE_2022_x86_64", "WINDOWS_FULL_2022_x86_64", "AL2023_x86_64_STANDARD",
            "AL2023_ARM_64_STANDARD", "AL2023_x86_64_NVIDIA", "AL2023_ARM_64_NVIDIA");
    /** Amazon Linux 2 AMIs end with Kubernetes 1.32. */
    private static final String LAST_AL2_VERSION = "1.32";
    static final Set<String> INSTANCE_TYPES = Set.of("t3.small", "t3.medium", "t3.large", "t3.xlarge", "t3a.medium",
            "t3a.large", "m5.large", "m5.xlarge", "m5.2xlarge", "m6i.large", "m6i.xlarge", "m7i.large", "c5.large",
            "c5.xlarge", "c6i.large", "r5.large", "r6i.large", "m6g.large", "m7g.large", "c7g.large");
    private static final Set<String> TAINT_EFFECTS = Set.of("NO_SCHEDULE", "NO_EXECUTE", "PREFER_NO_SCHEDULE");
    private static final Pattern NAME = Pattern.compile("[0-9A-Za-z][A-Za-z0-9\\-_]*");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]+");

    private NodegroupRules() {
    }

    /** Cluster, node group and Fargate profile names: 1–{@code max} letters, digits, hyphens and underscores. */
    static void checkName(String name, String what, int max) {
        if (name == null || name.isEmpty() || name.length() > max || !NAME.matcher(name).matches()) {
            throw EksErrors.invalidParameter("The " + what + " name must be 1-" + max + " characters long, start "
                    + "with a letter or digit and contain only letters, digits, hyphens and underscores.");
        }
    }

    static void checkRoleArn(String arn, String member) {
        if (arn == null || arn.isBlank()) {
            throw EksErrors.invalidParameter(member + " can not be blank.");
        }
        if (!ROLE_ARN.matcher(arn).matches()) {
            throw EksErrors.invalidParameter("The " + member + " '" + arn + "' is not a valid IAM role ARN.");
        }
    }

    /** A new node group's sizes, with the messages AWS gives on CreateNodegroup. */
    static void checkCreateScaling(NodegroupScalingConfig scaling) {
        checkBounds(scaling);
        if (scaling.minSize() > scaling.desiredSize()) {
            throw EksErrors.invalidParameter("minSize can't be greater than desiredSize");
        }
        if (scaling.desiredSize() > scaling.maxSize()) {
            throw EksErrors.invalidParameter("desiredSize can't be greater than maxSize");
        }
    }

    /** Updated sizes, with the messages AWS gives on UpdateNodegroupConfig. */
    static void checkUpdatedScaling(NodegroupScalingConfig scaling) {
        checkBounds(scaling);
        if (scaling.minSize() > scaling.desiredSize()) {
            throw EksErrors.invalidParameter("Minimum capacity " + scaling.minSize()
                    + " can't be greater than desired size " + scaling.desiredSize());
        }
        if (scaling.desiredSize() > scaling.maxSize()) {
            throw EksErrors.invalidParameter("Desired capacity " + scaling.desiredSize()
                    + " can't be greater than max size " + scaling.maxSize());
        }
    }

    private static void checkBounds(NodegroupScalingConfig scaling) {
        if (scaling.minSize() < 0) {
            throw EksErrors.invalidParameter("minSize can't be less than 0");
        }
        if (scaling.maxSize() < 1) {
            throw EksErrors.invalidParameter("maxSize can't be less than 1");
        }
        if (scaling.desiredSize() < 0) {
            throw EksErrors.invalidParameter("desiredSize can't be less than 0");
        }
        if (scaling.maxSize() > MAX_NODES) {
            throw EksErrors.limitExceeded("maxSize can't be greater than " + MAX_NODES
                    + ", the quota of nodes per managed node group");
        }
    }

    /** Fills the members left out from {@code base}. */
    static NodegroupScalingConfig merged(NodegroupScalingConfig asked, NodegroupScalingConfig base) {
        if (asked == null) {
            return base;
        }
        return new NodegroupScalingConfig(
                asked.minSize() != null ? asked.minSize() : base.minSize(),
                asked.maxSize() != null ? asked.maxSize() : base.maxSize(),
                asked.desiredSize() != null ? asked.desiredSize() : base.desiredSize());
    }

    static void checkInstanceTypes(List<String> types) {
        List<String> unknown = types.stream().filter(type -> !INSTANCE_TYPES.contains(type)).toList();
        if (!unknown.isEmpty()) {
            throw EksErrors.invalidParameter("The following supplied instance types do not exist: " + unknown);
        }
    }

    static void checkAmiType(String amiType, String version) {
        if (!AMI_TYPES.contains(amiType)) {
            throw EksErrors.invalidParameter("Unsupported AMI type " + amiType + ".");
        }
        if (amiType.startsWith("AL2_")
                && KubernetesVersions.SUPPORTED.indexOf(version) > KubernetesVersions.SUPPORTED.indexOf(LAST_AL2_VERSION)) {
            throw EksErrors.invalidParameter("AMI Type " + amiType + " is only supported for kubernetes versions "
                    + LAST_AL2_VERSION + " or earlier");
        }
    }

    static void checkCapacityType(String capacityType) {
        if (!CAPACITY_TYPES.contains(capacityType)) {
            throw EksErrors.invalidParameter("capacityType must be one of " + CAPACITY_TYPES
                    + " (CAPACITY_BLOCK needs a launch template).");
        }
    }

    static void checkLabels(Map<String, String> labels) {
        labels.forEach((key, value) -> {
            if (key.isEmpty() || key.length() > 63 || value == null || value.isEmpty() || value.length() > 63) {
                throw EksErrors.invalidParameter("Label keys and values must be 1-63 characters: " + key + "="
                        + value);
            }
        });
    }

    static void checkTaints(List<Taint> taints) {
        if (taints.size() > 50) {
            throw EksErrors.invalidParameter("A node group can have at most 50 taints.");
        }
        for (Taint taint : taints) {
            if (taint.key() == null || taint.key().isEmpty() || taint.key().length() > 63
                    || taint.value() != null && taint.value().length() > 63) {
                throw EksErrors.invalidParameter("Taint keys must be 1-63 characters and values at most 63.");
            }
            if (!TAINT_EFFECTS.contains(taint.effect())) {
                throw EksErrors.invalidParameter("Taint effect must be one of NO_SCHEDULE, NO_EXECUTE, "
                        + "PREFER_NO_SCHEDULE: " + taint.effect());
            }
        }
    }
}
