package dev.berth.ui.clusters;

import dev.berth.core.gateway.AutoScalingGroupsGateway;
import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.EcsInventory;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.gateway.CloudWatchGateway;
import dev.berth.core.gateway.SimulationClock;
import dev.berth.core.model.AutoScalingGroup;
import dev.berth.core.model.AutoScalingGroupProviderUpdate;
import dev.berth.core.model.CapacityProvider;
import dev.berth.core.model.Cluster;
import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.ManagedScaling;
import dev.berth.core.model.Metric;
import dev.berth.core.model.MetricDataQuery;
import dev.berth.core.model.MetricDataResult;
import dev.berth.core.model.MetricStat;
import dev.berth.core.model.Page;
import dev.berth.ui.common.BackgroundTasks;
import dev.berth.ui.common.ChangeRunner;
import dev.berth.ui.common.ErrorContext;
import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.common.FilteredRows;
import dev.berth.ui.common.Messages;
import dev.berth.ui.common.Outcome;
import dev.berth.ui.common.Refresher;
import dev.berth.ui.common.WhileShown;
import dev.berth.ui.common.WholeNumber;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * The capacity behind the selected cluster: its container instances, its capacity providers with their managed
 * scaling, each provider's Auto Scaling group with its minimum / desired / maximum size and, from CloudWatch, each
 * group's size and reservation over the last hours. Drains and activates instances, changes a provider's target
 * capacity and resizes a provider's Auto Scaling group. When EC2 Auto Scaling or CloudWatch refuses to be read
 * (a profile allowed ECS only), the tab shows the rest with a note saying why.
 */
public final class CapacityViewModel {
    /** How much history the auto scaling group chart shows. */
    static final int CHART_MINUTES = 120;
    /** The query id of the reservation, charted apart from the group's size. */
    static final String RESERVATION = "reservation";
    static final String GROUP_MIN = "minSize";
    static final String GROUP_DESIRED = "desiredCapacity";
    static final String GROUP_MAX = "maxSize";
    /** Far above any cluster Berth simulates; EC2 Auto Scaling's own limit depends on the account's quotas. */
    private static final int MAX_GROUP_SIZE = 1000;

    private final EcsGateway ecs;
    private final AutoScalingGroupsGateway autoScalingGroups;
    private final EcsInventory inventory;
    private final CloudWatchGateway cloudWatch;
    private final Optional<SimulationClock> simulationClock;
    private final Clock clock;
    private final String region;
    private final Refresher refresher;
    private final ChangeRunner changes;
    private final ObjectProperty<Cluster> cluster = new SimpleObjectProperty<>(this, "cluster");
    private final StringProperty actionError = new SimpleStringProperty(this, "actionError");
    private final StringProperty metricsError = new SimpleStringProperty(this, "metricsError");
    private final StringProperty groupsError = new SimpleStringProperty(this, "groupsError");
    private final FilteredRows<ContainerInstance, ContainerInstanceRow> instances =
            new FilteredRows<>(ContainerInstance::containerInstanceArn, ContainerInstanceRow::new);
    private final FilteredRows<ProviderCapacity, CapacityProviderRow> providers =
            new FilteredRows<>(p -> p.provider().name(), CapacityProviderRow::new);
    private final WhileShown onScreen = new WhileShown(this::refresh);

    public CapacityViewModel(Gateway gateway, BackgroundTasks background, Clock clock) {
        this.ecs = gateway.ecs();
        this.autoScalingGroups = gateway.autoScalingGroups();
        this.inventory = EcsInventory.of(gateway);
        this.cloudWatch = gateway.cloudWatch();
        this.simulationClock = gateway.simulationClock();
        this.clock = clock;
        this.region = gateway.region();
        this.refresher = new Refresher(background, clock);
        this.changes = new ChangeRunner(background);
        cluster.addListener((observable, old, next) -> {
            if (next == null || old == null || !next.clusterArn().equals(old.clusterArn())) {
                refresher.cancelPending();
                instances.clear();
                providers.clear();
                refresh();
            }
        });
    }

    /**
     * What the tab shows, read together; {@code metricsError} and {@code groupsError} say why CloudWatch or EC2 Auto
     * Scaling could not be read, else null.
     */
    private record Snapshot(List<ContainerInstance> instances, List<ProviderCapacity> providers,
                            String metricsError, String groupsError) {
    }

    public void refresh() {
        Cluster shown = cluster.get();
        if (shown == null || !onScreen.isShown()) {
            return;
        }
        String name = shown.clusterName();
        refresher.read(() -> read(name), this::show, failure -> Messages.explain(failure, where(name)));
    }

    private Snapshot read(String name) {
        Cluster current = ecs.describeClusters(List.of(name)).items().get(0);
        List<CapacityProvider> described = current.capacityProviders().isEmpty() ? List.of()
                : ecs.describeCapacityProviders(current.capacityProviders()).items();
        Groups groups = groups(described, name);
        List<ProviderCapacity> withMetrics;
        String failure = null;
        try {
            withMetrics = described.stream().map(p -> new ProviderCapacity(p, metrics(name, p), group(p, groups)))
                    .toList();
        } catch (GatewayException e) {
            withMetrics = described.stream().map(p -> new ProviderCapacity(p, List.of(), group(p, groups))).toList();
            failure = "The capacity providers' CloudWatch metrics could not be read: "
                    + Messages.explain(e, where(name));
        }
        return new Snapshot(inventory.containerInstances(name), withMetrics, failure, groups.failure());
    }

    private static AutoScalingGroup group(CapacityProvider provider, Groups groups) {
        return provider.autoScalingGroupProvider() == null ? null
                : groups.byArn().get(provider.autoScalingGroupProvider().autoScalingGroupArn());
    }

    /** The providers' Auto Scaling groups by ARN; none, and why, when EC2 Auto Scaling could not be read. */
    private record Groups(Map<String, AutoScalingGroup> byArn, String failure) {
    }

    /** The providers' Auto Scaling groups, asked for by the names their ARNs end with. */
    private Groups groups(List<CapacityProvider> providers, String clusterName) {
        List<String> names = providers.stream().map(CapacityProvider::autoScalingGroupProvider)
                .filter(Objects::nonNull).map(p -> AutoScalingGroup.nameOf(p.autoScalingGroupArn())).toList();
        if (names.isEmpty()) {
            return new Groups(Map.of(), null);
        }
        try {
            return new Groups(autoScalingGroups.describeAutoScalingGroups(names).stream()
                    .collect(Collectors.toMap(AutoScalingGroup::autoScalingGroupARN, g -> g)), null);
        } catch (GatewayException e) {
            return new Groups(Map.of(), "The capacity providers' Auto Scaling groups could not be read: "
                    + Messages.explain(e, where(clusterName)));
        }
    }

    private List<MetricDataResult> metrics(String clusterName, CapacityProvider provider) {
        if (provider.autoScalingGroupProvider() == null) {
            return List.of();
        }
        String group = provider.autoScalingGroupProvider().autoScalingGroupArn();
        List<MetricDataQuery> queries = List.of(
                query(RESERVATION, Metric.capacityProviderReservation(clusterName, provider.name()),
                        "CapacityProviderReservation"),
                query("desired", Metric.autoScalingGroup("GroupDesiredCapacity", group), "Desired capacity"),
                query("inService", Metric.autoScalingGroup("GroupInServiceInstances", group),
                        "In-service instances"));
        Instant end = simulationClock.map(SimulationClock::now).orElseGet(clock::instant)
                .truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        return Page.all(token -> cloudWatch.getMetricData(queries, end.minus(CHART_MINUTES, ChronoUnit.MINUTES),
                end, token));
    }

    private static MetricDataQuery query(String id, Metric metric, String label) {
        return new MetricDataQuery(id, new MetricStat(metric, 60, "Average"), label, null);
    }

    private void show(Snapshot snapshot) {
        instances.update(snapshot.instances());
        providers.update(snapshot.providers());
        metricsError.set(snapshot.metricsError());
        groupsError.set(snapshot.groupsError());
    }

    /**
     * UpdateContainerInstancesState: DRAINING or ACTIVE. Asked for without a dialog, its failure shows above the
     * tables until the next change.
     */
    public void setInstanceState(String containerInstanceArn, String status) {
        String name = cluster.get().clusterName();
        actionError.set(null);
        change(() -> ecs.updateContainerInstancesState(name, List.of(containerInstanceArn), status), new Outcome() {
            @Override
            public void succeeded() {
                actionError.set(null);
            }

            @Override
            public void failed(String message) {
                actionError.set(message);
            }
        });
    }

    /** Turns managed scaling on at {@code targetCapacity} %, keeping the provider's step sizes and warm-up. */
    public void setTargetCapacity(CapacityProvider provider, int targetCapacity, Outcome outcome) {
        ManagedScaling was = provider.autoScalingGroupProvider().managedScaling();
        ManagedScaling next = new ManagedScaling("ENABLED", targetCapacity, was.minimumScalingStepSize(),
                was.maximumScalingStepSize(), was.instanceWarmupPeriod());
        change(() -> ecs.updateCapacityProvider(provider.name(), new AutoScalingGroupProviderUpdate(next, null,
                null)), outcome);
    }

    /**
     * UpdateAutoScalingGroup with the sizes typed, sending only those that changed, once they are whole numbers
     * with minimum ≤ desired ≤ maximum.
     */
    public FieldErrors resizeGroup(AutoScalingGroup group, String minSize, String desiredCapacity, String maxSize,
                                   Outcome outcome) {
        FieldErrors errors = FieldErrors.none();
        Integer min = size(minSize, GROUP_MIN, errors);
        Integer desired = size(desiredCapacity, GROUP_DESIRED, errors);
        Integer max = size(maxSize, GROUP_MAX, errors);
        if (min != null && max != null && min > max) {
            errors.add(GROUP_MAX, "The maximum cannot be below the minimum (" + min + ").");
        } else if (min != null && desired != null && max != null && (desired < min || desired > max)) {
            errors.add(GROUP_DESIRED, "Enter a desired capacity from " + min + " to " + max + ".");
        }
        if (errors.isEmpty()) {
            change(() -> {
                autoScalingGroups.updateAutoScalingGroup(group.autoScalingGroupName(),
                        changed(min, group.minSize()), changed(max, group.maxSize()),
                        changed(desired, group.desiredCapacity()));
                return null;
            }, outcome);
        }
        return errors;
    }

    private static Integer size(String text, String field, FieldErrors errors) {
        Integer value = WholeNumber.parse(text, 0, MAX_GROUP_SIZE);
        if (value == null) {
            errors.add(field, WholeNumber.rangeMessage(0, MAX_GROUP_SIZE));
        }
        return value;
    }

    private static Integer changed(Integer value, int was) {
        return value == was ? null : value;
    }

    private void change(Callable<?> call, Outcome outcome) {
        String name = cluster.get().clusterName();
        changes.run(call, failure -> Messages.explain(failure, where(name)), outcome, done -> refresh());
    }

    private ErrorContext where(String clusterName) {
        return ErrorContext.in(region).cluster(clusterName);
    }

    /** Whether the tab is on screen: the tab's data is read only while it is. */
    public WhileShown onScreen() {
        return onScreen;
    }

    public ObjectProperty<Cluster> clusterProperty() {
        return cluster;
    }

    public FilteredRows<ContainerInstance, ContainerInstanceRow> instances() {
        return instances;
    }

    public FilteredRows<ProviderCapacity, CapacityProviderRow> providers() {
        return providers;
    }

    public ReadOnlyStringProperty errorProperty() {
        return refresher.errorProperty();
    }

    /** Why the last drain or activate failed; null when it did not. */
    public ReadOnlyStringProperty actionErrorProperty() {
        return actionError;
    }

    /** Why the charts' metrics could not be read at the last refresh; null when they could. */
    public ReadOnlyStringProperty metricsErrorProperty() {
        return metricsError;
    }

    /** Why the providers' Auto Scaling groups could not be read at the last refresh; null when they could. */
    public ReadOnlyStringProperty groupsErrorProperty() {
        return groupsError;
    }
}
