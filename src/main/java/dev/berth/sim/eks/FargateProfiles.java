package dev.berth.sim.eks;

import dev.berth.core.model.CreateFargateProfileRequest;
import dev.berth.core.model.FargateProfile;
import dev.berth.core.model.Page;
import dev.berth.sim.SimContext;
import dev.berth.sim.SimRandom;
import dev.berth.sim.ecs.Pager;

import java.util.ArrayList;

/**
 * Fargate profiles: immutable once made, CREATING then ACTIVE, DELETING then gone. A cluster changes one profile at
 * a time: AWS refuses a second delete while one is DELETING, and the simulator does the same for creates.
 */
final class FargateProfiles {
    private static final int MAX_SELECTORS = 5;
    private static final int MAX_SELECTOR_LABELS = 5;

    private final SimContext context;
    private final SimRandom random;
    private final EksArns arns;
    private final EksClusters clusters;

    FargateProfiles(SimContext context, SimRandom random, EksArns arns, EksClusters clusters) {
        this.context = context;
        this.random = random;
        this.arns = arns;
        this.clusters = clusters;
    }

    FargateProfile create(CreateFargateProfileRequest request) {
        EksClusterState cluster = clusters.get(request.clusterName());
        NodegroupRules.checkName(request.fargateProfileName(), "Fargate profile", 100);
        NodegroupRules.checkRoleArn(request.podExecutionRoleArn(), "podExecutionRoleArn");
        if (request.selectors().isEmpty()) {
            throw EksErrors.invalidParameter("Fargate Profile requires at least one selector.");
        }
        if (request.selectors().size() > MAX_SELECTORS) {
            throw EksErrors.invalidParameter("Fargate Profile can have at most " + MAX_SELECTORS + " selectors.");
        }
        for (FargateProfile.Selector selector : request.selectors()) {
            if (selector.namespace() == null || selector.namespace().isBlank()) {
                throw EksErrors.invalidParameter("Each selector must specify a namespace.");
            }
            if (selector.labels().size() > MAX_SELECTOR_LABELS) {
                throw EksErrors.invalidParameter("A selector can have at most " + MAX_SELECTOR_LABELS + " labels.");
            }
        }
        if (!cluster.active()) {
            throw EksErrors.clusterNotActive(cluster.name);
        }
        if (cluster.fargateProfiles.containsKey(request.fargateProfileName())) {
            throw EksErrors.inUse("A Fargate Profile already exists with this name in this cluster.");
        }
        checkNoneChanging(cluster);
        FargateProfileState profile = new FargateProfileState(request.fargateProfileName(),
                arns.fargateProfile(cluster.name, request.fargateProfileName(), random.uuid()), cluster.name,
                context.now(), request.podExecutionRoleArn(),
                request.subnets().isEmpty() ? cluster.vpc.subnetIds() : request.subnets(), request.selectors(),
                request.tags());
        cluster.fargateProfiles.put(profile.name, profile);
        context.schedule(context.nowMillis() + EksDurations.FARGATE_PROFILE_CHANGE.toMillis(), () -> {
            if ("CREATING".equals(profile.status)) {
                profile.status = "ACTIVE";
            }
        });
        return profile.toModel();
    }

    private static void checkNoneChanging(EksClusterState cluster) {
        cluster.fargateProfiles.values().stream().filter(FargateProfileState::changing).findFirst()
                .ifPresent(other -> {
                    throw EksErrors.inUse("Cannot create or delete a Fargate Profile while Fargate Profile "
                            + other.name + " is in " + other.status + " status");
                });
    }

    private FargateProfileState get(String clusterName, String name) {
        FargateProfileState profile = name == null ? null : clusters.get(clusterName).fargateProfiles.get(name);
        if (profile == null) {
            throw EksErrors.fargateProfileNotFound(name);
        }
        return profile;
    }

    FargateProfile describe(String clusterName, String name) {
        return get(clusterName, name).toModel();
    }

    Page<String> list(String clusterName, String nextToken, Integer maxResults) {
        return Pager.page(new ArrayList<>(clusters.get(clusterName).fargateProfiles.keySet()), nextToken,
                Pager.pageSize(maxResults, EksClusters.PAGE_LIMIT, EksClusters.PAGE_LIMIT));
    }

    FargateProfile delete(String clusterName, String name) {
        FargateProfileState profile = get(clusterName, name);
        EksClusterState cluster = clusters.get(clusterName);
        checkNoneChanging(cluster);
        profile.status = "DELETING";
        context.schedule(context.nowMillis() + EksDurations.FARGATE_PROFILE_CHANGE.toMillis(),
                () -> cluster.fargateProfiles.remove(profile.name, profile));
        return profile.toModel();
    }
}
