package dev.berth.sim.eks;

import dev.berth.core.model.Certificate;
import dev.berth.core.model.EksCluster;
import dev.berth.core.model.Identity;
import dev.berth.core.model.KubernetesNetworkConfigResponse;
import dev.berth.core.model.VpcConfigResponse;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** One EKS cluster and everything attached to it. */
final class EksClusterState {
    final String name;
    final String arn;
    final Instant createdAt;
    final String roleArn;
    final VpcConfigResponse vpc;
    final String region;
    /** The 32-hex id in the endpoint's host name and the OIDC issuer. */
    final String endpointId;
    final String certificateData;
    final Map<String, String> tags;
    String version;
    String platformVersion;
    String status = "CREATING";
    final Map<String, NodegroupState> nodegroups = new TreeMap<>();
    final Map<String, FargateProfileState> fargateProfiles = new TreeMap<>();
    final Map<String, AddonState> addons = new TreeMap<>();
    final Map<String, UpdateState> updates = new LinkedHashMap<>();

    EksClusterState(String name, String arn, Instant createdAt, String roleArn, VpcConfigResponse vpc, String region,
                    String endpointId, String certificateData, Map<String, String> tags, String version) {
        this.name = name;
        this.arn = arn;
        this.createdAt = createdAt;
        this.roleArn = roleArn;
        this.vpc = vpc;
        this.region = region;
        this.endpointId = endpointId;
        this.certificateData = certificateData;
        this.tags = Map.copyOf(tags);
        this.version = version;
        this.platformVersion = KubernetesVersions.platformVersion(version);
    }

    boolean active() {
        return "ACTIVE".equals(status);
    }

    /** The endpoint and certificate appear once the control plane is up, as on AWS. */
    EksCluster toModel() {
        boolean up = !"CREATING".equals(status);
        return new EksCluster(name, arn, createdAt, version,
                up ? "https://" + endpointId + ".gr7." + region + ".eks.amazonaws.com" : null,
                roleArn, vpc, new KubernetesNetworkConfigResponse("10.100.0.0/16", "ipv4"),
                new Identity(new Identity.Oidc("https://oidc.eks." + region + ".amazonaws.com/id/" + endpointId)),
                status, up ? new Certificate(certificateData) : null, platformVersion, tags);
    }
}
