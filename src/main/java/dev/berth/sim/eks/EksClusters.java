package dev.berth.sim.eks;

import dev.berth.core.model.CreateEksClusterRequest;
import dev.berth.core.model.EksCluster;
import dev.berth.core.model.EksUpdate;
import dev.berth.core.model.Page;
import dev.berth.core.model.VpcConfigRequest;
import dev.berth.core.model.VpcConfigResponse;
import dev.berth.sim.SimContext;
import dev.berth.sim.SimRandom;
import dev.berth.sim.ecs.Pager;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The region's EKS clusters: create (CREATING, then ACTIVE), delete, version updates, and every update's record. */
final class EksClusters {
    static final int MAX_CLUSTERS = 100;
    static final int PAGE_LIMIT = 100;

    private final SimContext context;
    private final SimRandom random;
    private final EksArns arns;
    private final Map<String, EksClusterState> clusters = new TreeMap<>();

    EksClusters(SimContext context, SimRandom random, EksArns arns) {
        this.context = context;
        this.random = random;
        this.arns = arns;
    }

    /** Every cluster, by name. */
    Collection<EksClusterState> all() {
        return clusters.values();
    }

    EksCluster create(CreateEksClusterRequest request) {
        NodegroupRules.checkName(request.name(), "cluster", 100);
        NodegroupRules.checkRoleArn(request.roleArn(), "roleArn");
        String version = KubernetesVersions.checked(request.version());
        VpcConfigRequest vpc = request.resourcesVpcConfig();
        if (vpc == null || vpc.subnetIds().stream().distinct().count() < 2) {
            throw EksErrors.invalidParameter("Subnets specified must be in at least two different AZs");
        }
        if (clusters.containsKey(request.name())) {
            throw EksErrors.inUse("Cluster already exists with name: " + request.name());
        }
        if (clusters.size() >= MAX_CLUSTERS) {
            throw EksErrors.limitExceeded("Cluster limit exceeded: an account can have " + MAX_CLUSTERS
                    + " clusters in a region.");
        }
        VpcConfigResponse vpcConfig = new VpcConfigResponse(vpc.subnetIds(), vpc.securityGroupIds(),
                "sg-0" + random.hex(16), "vpc-0" + random.hex(16),
                vpc.endpointPublicAccess() == null || vpc.endpointPublicAccess(),
                vpc.endpointPrivateAccess() != null && vpc.endpointPrivateAccess(), List.of("0.0.0.0/0"));
        EksClusterState cluster = new EksClusterState(request.name(), arns.cluster(request.name()), context.now(),
                request.roleArn(), vpcConfig, context.settings().region(), random.hex(32).toUpperCase(),
                certificate(), request.tags(), version);
        clusters.put(cluster.name, cluster);
        context.schedule(context.nowMillis() + EksDurations.CLUSTER_CREATE.toMillis(), () -> {
            if ("CREATING".equals(cluster.status)) {
                cluster.status = "ACTIVE";
            }
        });
        return cluster.toModel();
    }

    /** A certificate authority's PEM text, base64-encoded as kubeconfig carries it. */
    private String certificate() {
        byte[] body = new byte[600];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) random.nextInt(256);
        }
        String pem = "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'})
                .encodeToString(body) + "\n-----END CERTIFICATE-----\n";
        return Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.US_ASCII));
    }

    EksClusterState get(String name) {
        EksClusterState cluster = name == null ? null : clusters.get(name);
        if (cluster == null) {
            throw EksErrors.clusterNotFound(name);
        }
        return cluster;
    }

    /** The cluster, which must be ACTIVE to take new node groups, profiles and add-ons. */
    EksClusterState active(String name) {
        EksClusterState cluster = get(name);
        if (!cluster.active()) {
            throw EksErrors.clusterNotActive(name);
        }
        return cluster;
    }

    EksCluster describe(String name) {
        return get(name).toModel();
    }

    Page<String> list(String nextToken, Integer maxResults) {
        return Pager.page(new ArrayList<>(clusters.keySet()), nextToken,
                Pager.pageSize(maxResults, PAGE_LIMIT, PAGE_LIMIT));
    }

    EksCluster delete(String name) {
        EksClusterState cluster = get(name);
        if (!cluster.nodegroups.isEmpty()) {
            throw EksErrors.inUse("Cluster has nodegroups attached");
        }
        if (!cluster.fargateProfiles.isEmpty()) {
            throw EksErrors.inUse("Cluster has fargate profiles attached");
        }
        if (!cluster.active() && !"FAILED".equals(cluster.status)) {
            throw EksErrors.inUse("Cluster " + name + " cannot be deleted while it is in " + cluster.status
                    + " status");
        }
        cluster.status = "DELETING";
        context.schedule(context.nowMillis() + EksDurations.CLUSTER_DELETE.toMillis(),
                () -> clusters.remove(name, cluster));
        return cluster.toModel();
    }

    /** One minor version at a time, and only when every node group already runs the cluster's version. */
    EksUpdate updateVersion(String name, String version) {
        EksClusterState cluster = get(name);
        if (version == null) {
            throw EksErrors.invalidParameter("version can not be blank.");
        }
        if (!cluster.active()) {
            throw EksErrors.inUse("Cluster cannot be updated as it is currently not in Active State");
        }
        KubernetesVersions.checked(version);
        if (!version.equals(KubernetesVersions.next(cluster.version))) {
            throw EksErrors.invalidParameter("Unsupported Kubernetes minor version update from " + cluster.version
                    + " to " + version);
        }
        List<String> behind = cluster.nodegroups.values().stream()
                .filter(group -> !group.version.equals(cluster.version)).map(group -> group.name).toList();
        if (!behind.isEmpty()) {
            throw EksErrors.invalidRequest("Nodegroup(s) " + String.join(", ", behind) + " must be updated to "
                    + "match the cluster version " + cluster.version + " before updating the cluster.");
        }
        String platformVersion = KubernetesVersions.platformVersion(version);
        UpdateState update = new UpdateState(random.uuid(), "VersionUpdate", List.of(
                new EksUpdate.Param("Version", version), new EksUpdate.Param("PlatformVersion", platformVersion)),
                context.now());
        cluster.updates.put(update.id, update);
        cluster.status = "UPDATING";
        context.schedule(context.nowMillis() + EksDurations.CLUSTER_VERSION_UPDATE.toMillis(), () -> {
            cluster.version = version;
            cluster.platformVersion = platformVersion;
            cluster.status = "ACTIVE";
            update.status = "Successful";
        });
        return update.toModel();
    }

    /** A node group's updates are found only with its name, as on AWS. */
    EksUpdate describeUpdate(String name, String updateId, String nodegroupName) {
        Map<String, UpdateState> updates = updatesOf(name, nodegroupName);
        UpdateState update = updateId == null ? null : updates.get(updateId);
        if (update == null) {
            throw EksErrors.updateNotFound(updateId);
        }
        return update.toModel();
    }

    Page<String> listUpdates(String name, String nodegroupName, String nextToken, Integer maxResults) {
        return Pager.page(new ArrayList<>(updatesOf(name, nodegroupName).keySet()), nextToken,
                Pager.pageSize(maxResults, PAGE_LIMIT, PAGE_LIMIT));
    }

    private Map<String, UpdateState> updatesOf(String name, String nodegroupName) {
        EksClusterState cluster = get(name);
        if (nodegroupName == null) {
            return cluster.updates;
        }
        NodegroupState group = cluster.nodegroups.get(nodegroupName);
        if (group == null) {
            throw EksErrors.nodegroupNotFound(nodegroupName);
        }
        return group.updates;
    }
}
