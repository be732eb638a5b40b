package dev.berth.sim.eks;

import java.util.List;
import java.util.Map;

/**
 * The Kubernetes versions EKS offers in late 2026 (standard and extended support) with their latest platform
 * versions, AMI release versions and default add-on versions. The default for a new cluster is not the newest,
 * as on AWS.
 */
final class KubernetesVersions {
    static final List<String> SUPPORTED = List.of("1.31", "1.32", "1.33", "1.34", "1.35", "1.36");
    static final String DEFAULT = "1.35";
    private static final Map<String, String> PLATFORM = Map.of(
            "1.31", "eks.50", "1.32", "eks.34", "1.33", "eks.27", "1.34", "eks.13", "1.35", "eks.5", "1.36", "eks.2");
    private static final Map<String, String> PATCH = Map.of(
            "1.31", "1.31.13", "1.32", "1.32.9", "1.33", "1.33.5", "1.34", "1.34.2", "1.35", "1.35.1", "1.36", "1.36.0");
    private static final String AMI_RELEASE_DATE = "20261101";
    /** Default add-on versions; kube-proxy follows the cluster's version. */
    static final Map<String, String> ADDONS = Map.of(
            "vpc-cni", "v1.20.4-eksbuild.1",
            "coredns", "v1.12.4-eksbuild.1",
            "kube-proxy", "eksbuild.1",
            "eks-pod-identity-agent", "v1.3.9-eksbuild.3",
            "aws-ebs-csi-driver", "v1.51.0-eksbuild.1",
            "aws-efs-csi-driver", "v2.1.13-eksbuild.1");

    private KubernetesVersions() {
    }

    static String checked(String version) {
        if (version == null) {
            return DEFAULT;
        }
        if (!SUPPORTED.contains(version)) {
            throw EksErrors.invalidParameter("unsupported Kubernetes version " + version);
        }
        return version;
    }

    static String platformVersion(String version) {
        return PLATFORM.get(version);
    }

    /** The AMI release of the newest AMI for the version, e.g. {@code 1.35.1-20261101}. */
    static String releaseVersion(String version) {
        return PATCH.get(version) + "-" + AMI_RELEASE_DATE;
    }

    /** The version one minor release after {@code version}, or null for the newest. */
    static String next(String version) {
        int at = SUPPORTED.indexOf(version);
        return at < 0 || at + 1 >= SUPPORTED.size() ? null : SUPPORTED.get(at + 1);
    }

    static String addonVersion(String addonName, String clusterVersion) {
        String version = ADDONS.get(addonName);
        return "kube-proxy".equals(addonName) ? "v" + PATCH.get(clusterVersion) + "-" + version : version;
    }
}
