package dev.berth.sim.ecs;

import dev.berth.core.model.AutoScalingGroupProvider;
import dev.berth.core.model.CapacityProvider;
import dev.berth.core.model.CapacityProviderStrategyItem;
import dev.berth.core.model.Described;
import dev.berth.core.model.ManagedScaling;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/** The account's capacity providers, FARGATE and FARGATE_SPOT built in, and how a strategy picks one of them. */
final class CapacityProviders {
    static final List<String> FARGATE_PROVIDERS = List.of("FARGATE", "FARGATE_SPOT");
    private static final int MAX_BASE = 100_000;
    private static final int MAX_WEIGHT = 1000;

    private final ArnFactory arns;
    private final Map<String, CapacityProvider> providers = new LinkedHashMap<>();

    CapacityProviders(ArnFactory arns) {
        this.arns = arns;
        FARGATE_PROVIDERS.forEach(name ->
                providers.put(name, new CapacityProvider(arns.capacityProvider(name), name, "ACTIVE", null)));
    }

    /** An auto scaling group provider with the managed scaling defaults the console sets. */
    void addAutoScalingGroupProvider(String name, String autoScalingGroupArn) {
        ManagedScaling scaling = new ManagedScaling("ENABLED", 100, 1, 10_000, 300);
        providers.put(name, new CapacityProvider(arns.capacityProvider(name), name, "ACTIVE",
                new AutoScalingGroupProvider(autoScalingGroupArn, scaling, "DISABLED")));
    }

    boolean exists(String name) {
        return providers.containsKey(name);
    }

    static boolean isFargate(String name) {
        return FARGATE_PROVIDERS.contains(name);
    }

    Described<CapacityProvider> describe(List<String> names) {
        if (names == null || names.isEmpty()) {
            return new Described<>(List.copyOf(providers.values()), List.of());
        }
        return BatchDescribe.describe("capacityProviders", names, EcsLimits.DESCRIBE_BATCH, providers::get, p -> p,
                arns::capacityProvider);
    }

    /** The checks CreateService, UpdateService and RunTask make of a capacity provider strategy. */
    static void checkStrategy(List<CapacityProviderStrategyItem> strategy, ClusterState cluster) {
        long withBase = strategy.stream().filter(i -> i.base() > 0).count();
        for (CapacityProviderStrategyItem item : strategy) {
            if (!cluster.capacityProviders.contains(item.capacityProvider())) {
                throw EcsErrors.invalidParameter("The specified capacity provider strategy cannot contain a "
                        + "capacity provider that is not associated with the cluster. Associate the capacity provider "
                        + "with the cluster or specify a valid capacity provider and try again.");
            }
            if (item.base() < 0 || item.base() > MAX_BASE || item.weight() < 0 || item.weight() > MAX_WEIGHT) {
                throw EcsErrors.invalidParameter("A capacity provider strategy item must have a base between 0 and "
                        + MAX_BASE + " and a weight between 0 and " + MAX_WEIGHT + ".");
            }
        }
        if (withBase > 1) {
            throw EcsErrors.invalidParameter("Only one capacity provider in a capacity provider strategy can have a "
                    + "base defined.");
        }
        if (strategy.stream().noneMatch(i -> i.weight() > 0)) {
            throw EcsErrors.invalidParameter("A capacity provider strategy must have at least one capacity provider "
                    + "with a weight greater than 0.");
        }
        long fargate = strategy.stream().filter(i -> isFargate(i.capacityProvider())).count();
        if (fargate > 0 && fargate < strategy.size()) {
            throw EcsErrors.invalidParameter("The specified capacity provider strategy cannot contain a mix of "
                    + "capacity providers using Auto Scaling groups and Fargate providers. Specify one or the other "
                    + "and try again.");
        }
    }

    /**
     * The provider the next task goes to: first each base is filled, then tasks follow the weights, given how
     * many tasks each provider already has.
     */
    static String choose(List<CapacityProviderStrategyItem> strategy, ToIntFunction<String> tasksOf) {
        for (CapacityProviderStrategyItem item : strategy) {
            if (tasksOf.applyAsInt(item.capacityProvider()) < item.base()) {
                return item.capacityProvider();
            }
        }
        CapacityProviderStrategyItem best = null;
        for (CapacityProviderStrategyItem item : strategy) {
            if (item.weight() == 0) {
                continue;
            }
            // the provider furthest below its share: fewest tasks per unit of weight, compared without division
            if (best == null || (long) tasksOf.applyAsInt(item.capacityProvider()) * best.weight()
                    < (long) tasksOf.applyAsInt(best.capacityProvider()) * item.weight()) {
                best = item;
            }
        }
        return best.capacityProvider();
    }
}
