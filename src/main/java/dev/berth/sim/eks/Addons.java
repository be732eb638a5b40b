package dev.berth.sim.eks;

import dev.berth.core.model.Addon;
import dev.berth.core.model.Page;
import dev.berth.sim.SimContext;
import dev.berth.sim.SimRandom;
import dev.berth.sim.ecs.Pager;

import java.util.ArrayList;

/** EKS add-ons: the ones the simulator knows, CREATING for a minute, then ACTIVE. */
final class Addons {
    private final SimContext context;
    private final SimRandom random;
    private final EksArns arns;
    private final EksClusters clusters;

    Addons(SimContext context, SimRandom random, EksArns arns, EksClusters clusters) {
        this.context = context;
        this.random = random;
        this.arns = arns;
        this.clusters = clusters;
    }

    Addon create(String clusterName, String addonName, String addonVersion) {
        EksClusterState cluster = clusters.get(clusterName);
        if (addonName == null || !KubernetesVersions.ADDONS.containsKey(addonName)) {
            throw EksErrors.invalidParameter("Addon " + addonName + " specified is not supported in "
                    + cluster.version + " kubernetes version");
        }
        if (!cluster.active()) {
            throw EksErrors.clusterNotActive(cluster.name);
        }
        if (cluster.addons.containsKey(addonName)) {
            throw EksErrors.inUse("Addon already exists.");
        }
        String version = addonVersion != null ? addonVersion
                : KubernetesVersions.addonVersion(addonName, cluster.version);
        AddonState addon = new AddonState(addonName, cluster.name, arns.addon(cluster.name, addonName,
                random.uuid()), version, context.now());
        cluster.addons.put(addonName, addon);
        context.schedule(context.nowMillis() + EksDurations.ADDON_CREATE.toMillis(), () -> {
            addon.status = "ACTIVE";
            addon.modifiedAt = context.now();
        });
        return addon.toModel();
    }

    Addon describe(String clusterName, String addonName) {
        AddonState addon = addonName == null ? null : clusters.get(clusterName).addons.get(addonName);
        if (addon == null) {
            throw EksErrors.addonNotFound(addonName);
        }
        return addon.toModel();
    }

    Page<String> list(String clusterName, String nextToken, Integer maxResults) {
        return Pager.page(new ArrayList<>(clusters.get(clusterName).addons.keySet()), nextToken,
                Pager.pageSize(maxResults, EksClusters.PAGE_LIMIT, EksClusters.PAGE_LIMIT));
    }
}
