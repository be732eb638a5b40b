package dev.berth.sim.eks;

import dev.berth.core.model.CreateNodegroupRequest;
import dev.berth.core.model.Ec2Instance;
import dev.berth.core.model.EksNode;
import dev.berth.core.model.EksUpdate;
import dev.berth.core.model.Nodegroup;
import dev.berth.core.model.NodegroupHealth;
import dev.berth.core.model.NodegroupScalingConfig;
import dev.berth.core.model.Page;
import dev.berth.core.model.SpotInterruption;
import dev.berth.core.model.Taint;
import dev.berth.core.model.UpdateNodegroupConfigRequest;
import dev.berth.sim.SimContext;
import dev.berth.sim.SimRandom;
import dev.berth.sim.ecs.Pager;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Managed node groups: CREATING until the auto scaling group's first nodes have joined, ACTIVE, UPDATING during a
 * config or version update, DEGRADED while Spot capacity is out, DELETING while the nodes drain.
 */
final class Nodegroups {
    private static final String NOT_ACTIVE = "Nodegroup cannot be updated as it is currently not in Active State";

    private final SimContext context;
    private final SimRandom random;
    private final EksArns arns;
    private final EksClusters clusters;
    private final NodeFleet fleet;

    Nodegroups(SimContext context, SimRandom random, EksArns arns, EksClusters clusters, NodeFleet fleet) {
        this.context = context;
        this.random = random;
        this.arns = arns;
        this.clusters = clusters;
        this.fleet = fleet;
    }

    Nodegroup create(CreateNodegroupRequest request) {
        EksClusterState cluster = clusters.get(request.clusterName());
        NodegroupRules.checkName(request.nodegroupName(), "node group", 63);
        NodegroupRules.checkRoleArn(request.nodeRole(), "nodeRole");
        if (request.subnets().isEmpty()) {
            throw EksErrors.invalidParameter("subnets can not be empty.");
        }
        NodegroupScalingConfig scaling = NodegroupRules.merged(request.scalingConfig(),
                NodegroupRules.CONSOLE_SCALING);
        NodegroupRules.checkCreateScaling(scaling);
        List<String> instanceTypes = request.instanceTypes().isEmpty()
                ? List.of(NodegroupRules.DEFAULT_INSTANCE_TYPE) : request.instanceTypes();
        NodegroupRules.checkInstanceTypes(instanceTypes);
        String capacityType = request.capacityType() == null ? "ON_DEMAND" : request.capacityType();
        NodegroupRules.checkCapacityType(capacityType);
        String version = nodegroupVersion(cluster, request.version());
        String amiType = request.amiType() == null ? NodegroupRules.DEFAULT_AMI_TYPE : request.amiType();
        NodegroupRules.checkAmiType(amiType, version);
        int diskSize = request.diskSize() == null ? NodegroupRules.DEFAULT_DISK_SIZE : request.diskSize();
        if (diskSize < 1) {
            throw EksErrors.invalidParameter("diskSize must be at least 1 GiB.");
        }
        NodegroupRules.checkLabels(request.labels());
        NodegroupRules.checkTaints(request.taints());
        if (!cluster.active()) {
            throw EksErrors.clusterNotActive(cluster.name);
        }
        if (cluster.nodegroups.containsKey(request.nodegroupName())) {
            throw EksErrors.inUse("NodeGroup already exists with name " + request.nodegroupName()
                    + " and cluster name " + cluster.name);
        }
        if (cluster.nodegroups.size() >= NodegroupRules.MAX_NODEGROUPS_PER_CLUSTER) {
            throw EksErrors.limitExceeded("Nodegroup limit exceeded: a cluster can have "
                    + NodegroupRules.MAX_NODEGROUPS_PER_CLUSTER + " managed node groups.");
        }

        String uuid = random.uuid();
        NodegroupState group = new NodegroupState(request.nodegroupName(),
                arns.nodegroup(cluster.name, request.nodegroupName(), uuid), cluster.name, context.now(),
                capacityType, instanceTypes, request.subnets(), amiType, request.nodeRole(), diskSize,
                "eks-" + request.nodegroupName() + "-" + uuid, request.tags());
        group.version = version;
        group.releaseVersion = KubernetesVersions.releaseVersion(version);
        group.minSize = scaling.minSize();
        group.maxSize = scaling.maxSize();
        group.desiredSize = scaling.desiredSize();
        group.labels.putAll(request.labels());
        group.taints.addAll(request.taints());
        cluster.nodegroups.put(group.name, group);
        context.schedule(context.nowMillis() + EksDurations.NODEGROUP_FIRST_LAUNCH.toMillis(), () -> {
            if ("CREATING".equals(group.status)) {
                fleet.reconcile(group);
            }
        });
        context.schedule(context.nowMillis() + EksDurations.NODEGROUP_CREATE.toMillis(), () -> {
            if ("CREATING".equals(group.status)) {
                settle(group);
            }
        });
        return group.toModel();
    }

    /** The cluster's version by default; an older one within the supported versions is allowed, a newer one not. */
    private static String nodegroupVersion(EksClusterState cluster, String asked) {
        if (asked == null) {
            return cluster.version;
        }
        KubernetesVersions.checked(asked);
        if (KubernetesVersions.SUPPORTED.indexOf(asked) > KubernetesVersions.SUPPORTED.indexOf(cluster.version)) {
            throw EksErrors.invalidParameter("Requested Nodegroup version " + asked + " is newer than the cluster "
                    + "version " + cluster.version + ".");
        }
        return asked;
    }

    NodegroupState get(String clusterName, String nodegroupName) {
        EksClusterState cluster = clusters.get(clusterName);
        NodegroupState group = nodegroupName == null ? null : cluster.nodegroups.get(nodegroupName);
        if (group == null) {
            throw EksErrors.nodegroupNotFound(nodegroupName);
        }
        return group;
    }

    Nodegroup describe(String clusterName, String nodegroupName) {
        return get(clusterName, nodegroupName).toModel();
    }

    Page<String> list(String clusterName, String nextToken, Integer maxResults) {
        return Pager.page(new ArrayList<>(clusters.get(clusterName).nodegroups.keySet()), nextToken,
                Pager.pageSize(maxResults, EksClusters.PAGE_LIMIT, EksClusters.PAGE_LIMIT));
    }

    List<EksNode> nodes(String clusterName, String nodegroupName) {
        NodegroupState group = get(clusterName, nodegroupName);
        return group.nodes.stream().map(node -> node.toModel(group.name)).toList();
    }

    /** The EC2 instances of every node group's nodes, cluster by cluster and group by group, oldest first. */
    List<Ec2Instance> instances() {
        List<Ec2Instance> instances = new ArrayList<>();
        for (EksClusterState cluster : clusters.all()) {
            for (NodegroupState group : cluster.nodegroups.values()) {
                group.nodes.forEach(node -> instances.add(node.toInstance(group)));
            }
        }
        return instances;
    }

    /** Sizes, labels and taints change at once; the nodes follow, and the update succeeds after a short while. */
    EksUpdate updateConfig(UpdateNodegroupConfigRequest request) {
        NodegroupState group = get(request.clusterName(), request.nodegroupName());
        if (request.scalingConfig() == null && request.labels() == null && request.taints() == null) {
            throw EksErrors.invalidParameter("No changes needed");
        }
        if (!group.settled()) {
            throw EksErrors.inUse(NOT_ACTIVE);
        }
        List<EksUpdate.Param> params = new ArrayList<>();
        NodegroupScalingConfig scaling = null;
        if (request.scalingConfig() != null) {
            scaling = NodegroupRules.merged(request.scalingConfig(),
                    new NodegroupScalingConfig(group.minSize, group.maxSize, group.desiredSize));
            NodegroupRules.checkUpdatedScaling(scaling);
            addIfSet(params, "MinSize", request.scalingConfig().minSize());
            addIfSet(params, "MaxSize", request.scalingConfig().maxSize());
            addIfSet(params, "DesiredSize", request.scalingConfig().desiredSize());
        }
        var labels = request.labels();
        if (labels != null) {
            NodegroupRules.checkLabels(labels.addOrUpdateLabels());
            List<String> both = labels.removeLabels().stream()
                    .filter(labels.addOrUpdateLabels()::containsKey).toList();
            if (!both.isEmpty()) {
                throw EksErrors.invalidParameter("The following labels are both added and removed: " + both);
            }
            addIfAny(params, "LabelsToAdd", labels.addOrUpdateLabels().isEmpty() ? null
                    : labelText(labels.addOrUpdateLabels()));
            addIfAny(params, "LabelsToRemove", labels.removeLabels().isEmpty() ? null
                    : labels.removeLabels().toString());
        }
        var taints = request.taints();
        if (taints != null) {
            NodegroupRules.checkTaints(taints.addOrUpdateTaints());
            addIfAny(params, "TaintsToAdd", taints.addOrUpdateTaints().isEmpty() ? null
                    : taintText(taints.addOrUpdateTaints()));
            addIfAny(params, "TaintsToRemove", taints.removeTaints().isEmpty() ? null
                    : taintText(taints.removeTaints()));
        }

        if (scaling != null) {
            group.minSize = scaling.minSize();
            group.maxSize = scaling.maxSize();
            group.desiredSize = scaling.desiredSize();
        }
        if (labels != null) {
            group.labels.putAll(labels.addOrUpdateLabels());
            labels.removeLabels().forEach(group.labels::remove);
        }
        if (taints != null) {
            for (Taint taint : taints.addOrUpdateTaints()) {
                group.taints.removeIf(existing -> existing.key().equals(taint.key())
                        && existing.effect().equals(taint.effect()));
                group.taints.add(taint);
            }
            for (Taint taint : taints.removeTaints()) {
                group.taints.removeIf(existing -> existing.key().equals(taint.key()));
            }
        }
        UpdateState update = start(group, "ConfigUpdate", params);
        fleet.reconcile(group);
        context.schedule(context.nowMillis() + EksDurations.NODEGROUP_CONFIG_UPDATE.toMillis(),
                () -> finish(group, update));
        return update.toModel();
    }

    /** Replaces the nodes one at a time (maxUnavailable 1), then the group reports its new version. */
    EksUpdate updateVersion(String clusterName, String nodegroupName, String version) {
        NodegroupState group = get(clusterName, nodegroupName);
        EksClusterState cluster = clusters.get(clusterName);
        String target = nodegroupVersion(cluster, version);
        if (KubernetesVersions.SUPPORTED.indexOf(target) < KubernetesVersions.SUPPORTED.indexOf(group.version)) {
            throw EksErrors.invalidParameter("Requested Nodegroup version " + target + " is older than the "
                    + "current version " + group.version + ".");
        }
        if (!group.settled()) {
            throw EksErrors.inUse(NOT_ACTIVE);
        }
        String release = KubernetesVersions.releaseVersion(target);
        UpdateState update = start(group, "VersionUpdate", List.of(new EksUpdate.Param("Version", target),
                new EksUpdate.Param("ReleaseVersion", release)));
        List<NodeState> old = group.staying();
        long step = EksDurations.NODE_REPLACEMENT.toMillis();
        for (int i = 0; i < old.size(); i++) {
            NodeState node = old.get(i);
            context.schedule(context.nowMillis() + i * step, () -> {
                if (!node.leaving) {
                    fleet.launch(group);
                    fleet.drain(group, node, EksDurations.NODE_DRAIN.toMillis());
                }
            });
        }
        context.schedule(context.nowMillis() + Math.max(1, old.size()) * step, () -> {
            group.version = target;
            group.releaseVersion = release;
            finish(group, update);
        });
        return update.toModel();
    }

    Nodegroup delete(String clusterName, String nodegroupName) {
        NodegroupState group = get(clusterName, nodegroupName);
        if ("DELETING".equals(group.status)) {
            return group.toModel();
        }
        if (!group.settled()) {
            throw EksErrors.inUse("Nodegroup " + nodegroupName + " cannot be deleted while it is in "
                    + group.status + " status");
        }
        EksClusterState cluster = clusters.get(clusterName);
        group.status = "DELETING";
        group.modifiedAt = context.now();
        group.desiredSize = 0;
        group.staying().forEach(node -> fleet.drain(group, node, EksDurations.NODE_DRAIN.toMillis()));
        context.schedule(context.nowMillis() + EksDurations.NODEGROUP_DELETE.toMillis(),
                () -> cluster.nodegroups.remove(group.name, group));
        return group.toModel();
    }

    /**
     * EC2 takes the Spot node back after its two-minute notice. The auto scaling group launches a replacement at
     * once, or, with no Spot capacity, fails to and the node group is DEGRADED until capacity returns.
     */
    EksNode interruptSpot(SpotInterruption interruption) {
        NodegroupState group = get(interruption.clusterName(), interruption.nodegroupName());
        if (!"SPOT".equals(group.capacityType)) {
            throw EksErrors.invalidParameter("Nodegroup " + group.name + " does not run Spot Instances.");
        }
        NodeState node = group.staying().stream()
                .filter(candidate -> interruption.instanceId() == null
                        ? "running".equals(candidate.instanceState)
                        : candidate.instanceId.equals(interruption.instanceId()))
                .findFirst()
                .orElseThrow(() -> EksErrors.invalidParameter(interruption.instanceId() == null
                        ? "Nodegroup " + group.name + " has no running Spot node to interrupt."
                        : "Instance " + interruption.instanceId() + " is not a node of nodegroup " + group.name
                        + "."));
        fleet.drain(group, node, EksDurations.SPOT_NOTICE.toMillis());
        if (interruption.capacityAvailable()) {
            fleet.launch(group);
        } else {
            loseSpotCapacity(group);
        }
        return node.toModel(group.name);
    }

    private void loseSpotCapacity(NodegroupState group) {
        long returnsAt = context.nowMillis() + EksDurations.SPOT_CAPACITY_RETURNS.toMillis();
        group.spotCapacityReturnsAt = returnsAt;
        group.issues.clear();
        group.issues.add(new NodegroupHealth.Issue("AsgInstanceLaunchFailures",
                "Could not launch Spot Instances. InsufficientInstanceCapacity - There is no Spot capacity "
                        + "available that matches your request. Launching EC2 instance failed.",
                List.of(group.autoScalingGroupName)));
        if ("ACTIVE".equals(group.status)) {
            group.status = "DEGRADED";
        }
        context.schedule(returnsAt, () -> {
            if (group.spotCapacityReturnsAt != returnsAt || "DELETING".equals(group.status)) {
                return;
            }
            group.spotCapacityReturnsAt = 0;
            group.issues.clear();
            if ("DEGRADED".equals(group.status)) {
                group.status = "ACTIVE";
            }
            fleet.reconcile(group);
        });
    }

    private UpdateState start(NodegroupState group, String type, List<EksUpdate.Param> params) {
        UpdateState update = new UpdateState(random.uuid(), type, params, context.now());
        group.updates.put(update.id, update);
        group.status = "UPDATING";
        group.modifiedAt = context.now();
        return update;
    }

    private void finish(NodegroupState group, UpdateState update) {
        update.status = "Successful";
        group.modifiedAt = context.now();
        settle(group);
    }

    /** ACTIVE, or DEGRADED while a health issue stands. */
    private static void settle(NodegroupState group) {
        group.status = group.issues.isEmpty() ? "ACTIVE" : "DEGRADED";
    }

    private static void addIfSet(List<EksUpdate.Param> params, String type, Integer value) {
        if (value != null) {
            params.add(new EksUpdate.Param(type, String.valueOf(value)));
        }
    }

    private static void addIfAny(List<EksUpdate.Param> params, String type, String value) {
        if (value != null) {
            params.add(new EksUpdate.Param(type, value));
        }
    }

    private static String labelText(Map<String, String> labels) {
        return new TreeMap<>(labels).entrySet().stream()
                .map(entry -> "\"" + entry.getKey() + "\":\"" + entry.getValue() + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String taintText(List<Taint> taints) {
        return taints.stream()
                .map(taint -> "{\"key\":\"" + taint.key() + "\",\"value\":\"" + (taint.value() == null ? ""
                        : taint.value()) + "\",\"effect\":\"" + taint.effect() + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }
}
