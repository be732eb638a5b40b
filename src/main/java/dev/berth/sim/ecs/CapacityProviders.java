package dev.berth.sim.ecs;

import dev.berth.core.model.AutoScalingGroupProvider;
import dev.berth.core.model.AutoScalingGroupProviderUpdate;
import dev.berth.core.model.CapacityProvider;
import dev.berth.core.model.CapacityProviderStrategyItem;
import dev.berth.core.model.Described;
import dev.berth.core.model.EcsNames;
import dev.berth.core.model.ManagedScaling;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The account's capacity providers, FARGATE and FARGATE_SPOT built in, and how a strategy picks one of them. An auto
 * scaling group provider is created, updated and deleted (it then stays INACTIVE, describable) with AWS's checks.
 */
final class CapacityProviders {
    static final List<String> FARGATE_PROVIDERS = List.of("FARGATE", "FARGATE_SPOT");
    private static final int MAX_BASE = 100_000;
    private static final int MAX_WEIGHT = 1000;
    private static final int MAX_STEP = 10_000;
    private static final int MAX_WARMUP = 10_000;
    private static final Set<String> RESERVED_PREFIXES = Set.of("aws", "ecs", "fargate");
    private static final Set<String> SWITCHES = Set.of("ENABLED", "DISABLED");

    private final ArnFactory arns;
    private final Map<String, CapacityProvider> providers = new LinkedHashMap<>();

    CapacityProviders(ArnFactory arns) {
        this.arns = arns;
        FARGATE_PROVIDERS.forEach(name ->
                providers.put(name, new CapacityProvider(arns.capacityProvider(name), name, "ACTIVE", null, null)));
    }

    /** An auto scaling group provider with the settings the console's wizard gives it. */
    void addAutoScalingGroupProvider(String name, String autoScalingGroupArn) {
        providers.put(name, new CapacityProvider(arns.capacityProvider(name), name, "ACTIVE",
                new AutoScalingGroupProvider(autoScalingGroupArn, ManagedScaling.DEFAULTS, "DISABLED", "ENABLED"),
                "CREATE_COMPLETE"));
    }

    /** ACTIVE: created and not deleted. */
    boolean exists(String name) {
        CapacityProvider provider = providers.get(name);
        return provider != null && "ACTIVE".equals(provider.status());
    }

    /**
     * The checks of CreateCapacityProvider before the group is looked up: the name, and the settings with AWS's
     * defaults filled in.
     */
    AutoScalingGroupProvider checkCreate(String name, AutoScalingGroupProvider requested) {
        boolean reserved = name != null && RESERVED_PREFIXES.stream()
                .anyMatch(prefix -> name.toLowerCase(Locale.ROOT).startsWith(prefix));
        if (name == null || !EcsNames.isValid(name) || reserved) {
            throw EcsErrors.client("The specified capacity provider name is invalid. Up to 255 characters are "
                    + "allowed, including letters (upper and lowercase), numbers, underscores, and hyphens. The name "
                    + "cannot be prefixed with \"aws\", \"ecs\", or \"fargate\".");
        }
        if (exists(name)) {
            throw EcsErrors.client("The specified capacity provider already exists. To change the configuration of "
                    + "an existing capacity provider, update the capacity provider.");
        }
        if (requested == null || requested.autoScalingGroupArn() == null) {
            throw EcsErrors.invalidParameter("autoScalingGroupProvider.autoScalingGroupArn is required.");
        }
        AutoScalingGroupProvider provider = new AutoScalingGroupProvider(requested.autoScalingGroupArn(),
                requested.managedScaling() == null ? ManagedScaling.DEFAULTS : requested.managedScaling(),
                requested.managedTerminationProtection() == null ? "DISABLED"
                        : requested.managedTerminationProtection(),
                requested.managedDraining() == null ? "ENABLED" : requested.managedDraining());
        checkSettings(provider);
        return provider;
    }

    /** Any other provider, ACTIVE, that scales the group. */
    boolean groupTaken(String autoScalingGroupArn) {
        return providers.values().stream().anyMatch(p -> "ACTIVE".equals(p.status())
                && p.autoScalingGroupProvider() != null
                && p.autoScalingGroupProvider().autoScalingGroupArn().equals(autoScalingGroupArn));
    }

    CapacityProvider create(String name, AutoScalingGroupProvider provider) {
        CapacityProvider created = new CapacityProvider(arns.capacityProvider(name), name, "ACTIVE", provider,
                "CREATE_COMPLETE");
        providers.put(name, created);
        return created;
    }

    CapacityProvider update(String name, AutoScalingGroupProviderUpdate update) {
        CapacityProvider current = active(name);
        if (current.autoScalingGroupProvider() == null) {
            throw EcsErrors.client("The FARGATE and FARGATE_SPOT capacity providers cannot be updated.");
        }
        AutoScalingGroupProvider was = current.autoScalingGroupProvider();
        AutoScalingGroupProvider changed = new AutoScalingGroupProvider(was.autoScalingGroupArn(),
                update == null || update.managedScaling() == null ? was.managedScaling() : update.managedScaling(),
                update == null || update.managedTerminationProtection() == null
                        ? was.managedTerminationProtection() : update.managedTerminationProtection(),
                update == null || update.managedDraining() == null ? was.managedDraining()
                        : update.managedDraining());
        checkSettings(changed);
        CapacityProvider updated = new CapacityProvider(current.capacityProviderArn(), name, "ACTIVE", changed,
                "UPDATE_COMPLETE");
        providers.put(name, updated);
        return updated;
    }

    /** The provider goes INACTIVE; the caller has checked that no cluster or service uses it. */
    CapacityProvider delete(String name) {
        CapacityProvider current = active(name);
        if (isFargate(name)) {
            throw EcsErrors.invalidParameter("The FARGATE and FARGATE_SPOT capacity providers are reserved and "
                    + "cannot be deleted.");
        }
        CapacityProvider deleted = new CapacityProvider(current.capacityProviderArn(), name, "INACTIVE",
                current.autoScalingGroupProvider(), "DELETE_COMPLETE");
        providers.put(name, deleted);
        return deleted;
    }

    /** The ACTIVE provider of that name or ARN. */
    CapacityProvider active(String nameOrArn) {
        CapacityProvider provider = providers.get(ArnFactory.lastSegment(nameOrArn));
        if (provider == null || !"ACTIVE".equals(provider.status())) {
            throw EcsErrors.invalidParameter("The specified capacity provider does not exist. Specify a valid "
                    + "capacity provider and try again.");
        }
        return provider;
    }

    /** Managed scaling of an ACTIVE auto scaling group provider, or null when it is off. */
    ManagedScaling managedScaling(String name) {
        CapacityProvider provider = providers.get(name);
        if (provider == null || !"ACTIVE".equals(provider.status()) || provider.autoScalingGroupProvider() == null) {
            return null;
        }
        ManagedScaling scaling = provider.autoScalingGroupProvider().managedScaling();
        return "ENABLED".equals(scaling.status()) ? scaling : null;
    }

    boolean terminationProtected(String name) {
        return setting(name, AutoScalingGroupProvider::managedTerminationProtection);
    }

    boolean drains(String name) {
        return setting(name, AutoScalingGroupProvider::managedDraining);
    }

    private boolean setting(String name, Function<AutoScalingGroupProvider, String> of) {
        CapacityProvider provider = providers.get(name);
        return provider != null && provider.autoScalingGroupProvider() != null
                && "ENABLED".equals(of.apply(provider.autoScalingGroupProvider()));
    }

    /** The ranges of the API reference (ManagedScaling), and managed termination protection needs managed scaling. */
    private static void checkSettings(AutoScalingGroupProvider provider) {
        ManagedScaling scaling = provider.managedScaling();
        if (!SWITCHES.contains(scaling.status()) || !SWITCHES.contains(provider.managedTerminationProtection())
                || !SWITCHES.contains(provider.managedDraining())) {
            throw EcsErrors.invalidParameter("Managed scaling, managed termination protection and managed draining "
                    + "must be ENABLED or DISABLED.");
        }
        if (scaling.targetCapacity() < 1 || scaling.targetCapacity() > 100) {
            throw EcsErrors.invalidParameter("The managed scaling target capacity must be between 1 and 100.");
        }
        boolean steps = scaling.minimumScalingStepSize() >= 1 && scaling.maximumScalingStepSize() <= MAX_STEP
                && scaling.minimumScalingStepSize() <= scaling.maximumScalingStepSize();
        if (!steps) {
            throw EcsErrors.invalidParameter("The managed scaling step sizes must be between 1 and " + MAX_STEP
                    + ", the minimum no larger than the maximum.");
        }
        if (scaling.instanceWarmupPeriod() < 0 || scaling.instanceWarmupPeriod() > MAX_WARMUP) {
            throw EcsErrors.invalidParameter("The managed scaling instance warmup period must be between 0 and "
                    + MAX_WARMUP + " seconds.");
        }
        if ("ENABLED".equals(provider.managedTerminationProtection()) && !"ENABLED".equals(scaling.status())) {
            throw EcsErrors.invalidParameter("The managed termination protection setting for the capacity provider "
                    + "is invalid. To enable managed termination protection for a capacity provider, managed "
                    + "scaling must be enabled.");
        }
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
