package dev.berth.ui.services;

import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.EcsInventory;
import dev.berth.core.gateway.ElbGateway;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.gateway.SimulationClock;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceEvent;
import dev.berth.core.rollout.RolloutDiagnosis;
import dev.berth.core.rollout.RolloutDiagnosis.Diagnosis;
import dev.berth.core.model.TargetGroup;
import dev.berth.ui.autoscaling.AutoScalingViewModel;
import dev.berth.ui.common.AreaModel;
import dev.berth.ui.common.BackgroundTasks;
import dev.berth.ui.common.ChangeRunner;
import dev.berth.ui.common.ClusterSelection;
import dev.berth.ui.common.Detail;
import dev.berth.ui.common.ErrorContext;
import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.common.FilteredRows;
import dev.berth.ui.common.Messages;
import dev.berth.ui.common.Outcome;
import dev.berth.ui.common.Refresher;
import dev.berth.ui.common.ResourceNames;
import dev.berth.ui.common.WhileShown;
import dev.berth.ui.rollout.DeploymentsViewModel;
import dev.berth.ui.rollout.FaultsViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The services of the selected cluster; for the selected service its deployments, events, load balancers and the
 * health of its targets. Create, update and delete services. Changing the cluster drops any read still in flight
 * for the old one.
 */
public final class ServicesViewModel implements AreaModel {
    /** The target group choice that puts a new service behind no load balancer. */
    public static final String NO_TARGET_GROUP = "None";

    private final EcsGateway ecs;
    private final ElbGateway elb;
    private final EcsInventory inventory;
    private final Gateway gateway;
    private final Clock clock;
    private final ClusterSelection clusters;
    private final BackgroundTasks background;
    private final Refresher refresher;
    private final ChangeRunner changes;
    private final FilteredRows<Service, ServiceRow> rows = new FilteredRows<>(Service::serviceArn, ServiceRow::new);
    private final DeploymentsViewModel deployments;
    private final Optional<FaultsViewModel> faults;
    private final FilteredRows<ServiceEvent, EventRow> events = new FilteredRows<>(ServiceEvent::id, EventRow::new);
    private final FilteredRows<ServiceTarget, TargetRow> targets = new FilteredRows<>(ServiceTarget::id,
            TargetRow::new);
    private final ObjectProperty<List<Detail>> loadBalancing = new SimpleObjectProperty<>(this, "loadBalancing",
            List.of());
    private final ObjectProperty<Service> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<TargetGroup> targetGroup = new SimpleObjectProperty<>(this, "targetGroup");
    private final ObservableList<String> taskDefinitionChoices = FXCollections.observableArrayList();
    private final ObservableList<TargetGroup> targetGroupChoices = FXCollections.observableArrayList();
    private final ObservableList<String> targetGroupNames = FXCollections.observableArrayList(NO_TARGET_GROUP);
    private final ObservableList<String> containerChoices = FXCollections.observableArrayList();
    private long latestTargetsRequest;
    private final AutoScalingViewModel autoScaling;
    private final WhileShown loadBalancingOnScreen = new WhileShown(() -> readLoadBalancing(selected.get()));
    private final WhileShown deploymentsOnScreen = new WhileShown(this::recordSelected);

    public ServicesViewModel(Gateway gateway, BackgroundTasks background, Clock clock, ClusterSelection clusters) {
        this.ecs = gateway.ecs();
        this.elb = gateway.elb();
        this.inventory = EcsInventory.of(gateway);
        this.gateway = gateway;
        this.clock = clock;
        this.clusters = clusters;
        this.background = background;
        this.refresher = new Refresher(background, clock);
        this.changes = new ChangeRunner(background);
        this.autoScaling = new AutoScalingViewModel(gateway, background, clock);
        autoScaling.serviceProperty().bind(selected);
        this.deployments = new DeploymentsViewModel(gateway, background, clock);
        this.faults = gateway.faultInjection().map(f -> new FaultsViewModel(f, gateway.region(), background, clock));
        clusters.selectedProperty().addListener((observable, old, cluster) -> {
            refresher.cancelPending();
            rows.clear();
            refresh();
        });
        selected.addListener((observable, old, service) -> {
            events.update(service == null ? List.of() : service.events());
            readLoadBalancing(service);
            if (old == null || service == null || !old.serviceArn().equals(service.serviceArn())) {
                recordSelected();
            }
        });
    }

    /**
     * The selected service's load balancers and target health, read while the Load balancing tab is on screen; a
     * newer read wins over an older one.
     */
    private void readLoadBalancing(Service service) {
        long request = ++latestTargetsRequest;
        if (service == null || service.loadBalancers().isEmpty()) {
            show(service == null ? ServiceLoadBalancing.NONE : ServiceLoadBalancing.WITHOUT);
            return;
        }
        if (!loadBalancingOnScreen.isShown()) {
            return;
        }
        background.run(() -> ServiceLoadBalancing.read(inventory, elb, service),
                read -> {
                    if (request == latestTargetsRequest) {
                        show(read);
                    }
                },
                failure -> {
                    if (request == latestTargetsRequest) {
                        show(new ServiceLoadBalancing(List.of(Detail.of("Load balancing", Messages.explain(failure,
                                where(clusters.selected()).service(service.serviceName())))), List.of(), List.of()));
                    }
                });
    }

    private void show(ServiceLoadBalancing read) {
        loadBalancing.set(read.details());
        targets.update(read.targets());
        targetGroup.set(read.targetGroups().isEmpty() ? null : read.targetGroups().get(0));
    }

    /** ModifyTargetGroup with what the form changed; the Load balancing tab is read again once it is done. */
    public FieldErrors modifyHealthCheck(HealthCheckForm form, Outcome outcome) {
        FieldErrors errors = form.validate();
        if (errors.isEmpty()) {
            String service = selected.get() == null ? null : selected.get().serviceName();
            changes.run(() -> elb.modifyTargetGroup(form.toRequest()),
                    failure -> Messages.explain(failure, where(clusters.selected()).service(service)),
                    outcome, modified -> readLoadBalancing(selected.get()));
        }
        return errors;
    }

    @Override
    public void refresh() {
        String cluster = clusters.selected();
        if (cluster == null) {
            rows.clear();
            return;
        }
        refresher.read(() -> inventory.services(cluster), rows::update,
                failure -> Messages.explain(failure, where(cluster)));
        autoScaling.refresh();
        recordSelected();
    }

    /**
     * The selected service's deployments are recorded at every refresh while the Deployments tab is on screen, so
     * its timeline follows the clock, and also while the service is rolling out with the tab hidden, so the story of
     * a deployment (which AWS forgets once it is done) is there when the tab is opened. A settled service with the
     * tab hidden costs no calls.
     */
    private void recordSelected() {
        Service service = selected.get();
        String name = service == null ? null : service.serviceName();
        if (service == null || rolling(service) || deploymentsOnScreen.isShown()) {
            deployments.refresh(clusters.selected(), name);
        }
        faults.ifPresent(f -> f.refresh(clusters.selected(), name));
    }

    /** More than one deployment, or the primary still in progress. */
    private static boolean rolling(Service service) {
        return service.deployments().size() > 1 || (service.primaryDeployment() != null
                && "IN_PROGRESS".equals(service.primaryDeployment().rolloutState()));
    }

    /** Loads the task definitions a new service can use (active families) for the create dialog's picker. */
    public void loadTaskDefinitionChoices() {
        background.run(() -> inventory.taskDefinitionFamilies("ACTIVE"),
                taskDefinitionChoices::setAll,
                failure -> taskDefinitionChoices.clear());
    }

    /** Loads the target groups a new service can use: those a load balancer's listener forwards to. */
    public void loadTargetGroupChoices() {
        background.run(() -> elb.describeTargetGroups(null, null, null).stream()
                        .filter(g -> !g.loadBalancerArns().isEmpty()).toList(),
                groups -> {
                    targetGroupChoices.setAll(groups);
                    targetGroupNames.setAll(NO_TARGET_GROUP);
                    groups.forEach(g -> targetGroupNames.add(g.targetGroupName()));
                },
                failure -> targetGroupChoices.clear());
    }

    /** The chosen target group by name; null for {@link #NO_TARGET_GROUP}. */
    public TargetGroup targetGroupNamed(String name) {
        return targetGroupChoices.stream().filter(g -> g.targetGroupName().equals(name)).findFirst().orElse(null);
    }

    /**
     * Loads the container ports of {@code taskDefinition} a load balancer can send traffic to, as name:port, and
     * picks the first for {@code chosen} when nothing is chosen yet.
     */
    public void loadContainerChoices(String taskDefinition, StringProperty chosen) {
        if (taskDefinition == null || taskDefinition.isBlank()) {
            containerChoices.clear();
            return;
        }
        background.run(() -> ecs.describeTaskDefinition(taskDefinition.strip()).containerDefinitions().stream()
                        .flatMap(c -> c.portMappings().stream().map(PortMapping::containerPort)
                                .map(port -> c.name() + ":" + port)).toList(),
                choices -> {
                    containerChoices.setAll(choices);
                    if (!choices.isEmpty() && (chosen.get() == null || chosen.get().isBlank())) {
                        chosen.set(choices.get(0));
                    }
                },
                failure -> containerChoices.clear());
    }

    /** Loads the active revisions of {@code service}'s family, newest first, for the update dialog's picker. */
    public void loadRevisionChoices(Service service) {
        String family = ResourceNames.family(service.taskDefinition());
        background.run(() -> activeRevisions(family), taskDefinitionChoices::setAll,
                failure -> taskDefinitionChoices.setAll(ResourceNames.familyRevision(service.taskDefinition())));
    }

    private List<String> activeRevisions(String family) {
        List<String> revisions = new ArrayList<>();
        for (String arn : inventory.taskDefinitions(family, "ACTIVE", "DESC")) {
            // The prefix "web" also matches "web-api"; keep the family itself.
            if (ResourceNames.family(arn).equals(family)) {
                revisions.add(ResourceNames.familyRevision(arn));
            }
        }
        return revisions;
    }

    public FieldErrors create(CreateServiceForm form, Outcome outcome) {
        FieldErrors errors = form.validate();
        String cluster = clusters.selected();
        if (errors.isEmpty()) {
            changes.run(() -> ecs.createService(form.toRequest()),
                    failure -> Messages.explain(failure, where(cluster).service(form.serviceName())
                            .taskDefinition(form.taskDefinition())),
                    outcome, created -> refresh());
        }
        return errors;
    }

    public FieldErrors update(UpdateServiceForm form, Outcome outcome) {
        FieldErrors errors = form.validate();
        if (errors.isEmpty()) {
            Service service = form.service();
            changes.run(() -> ecs.updateService(form.toRequest()),
                    failure -> Messages.explain(failure, where(clusters.selected()).service(service.serviceName())
                            .taskDefinition(form.taskDefinitionProperty().get())),
                    outcome, updated -> refresh());
        }
        return errors;
    }

    /**
     * Explains why {@code serviceName}'s deployment is not progressing, from a fresh read of the service and of its
     * running and recently stopped tasks.
     */
    public void diagnose(String serviceName, Consumer<List<Diagnosis>> onResult, Consumer<String> onFailure) {
        String cluster = clusters.selected();
        background.run(() -> RolloutDiagnosis.read(ecs, cluster, serviceName,
                        gateway.simulationClock().map(SimulationClock::now).orElseGet(clock::instant))
                .map(List::of)
                .orElseThrow(() -> new GatewayException("ServiceNotFoundException", "Service not found.", false)),
                onResult, failure -> onFailure.accept(Messages.explain(failure, where(cluster).service(serviceName))));
    }

    /** Deletes even while tasks run ({@code force}), as the console's delete does after its confirmation. */
    public void delete(String serviceName, Outcome outcome) {
        String cluster = clusters.selected();
        changes.run(() -> ecs.deleteService(cluster, serviceName, true),
                failure -> Messages.explain(failure, where(cluster).service(serviceName)),
                outcome, deleted -> refresh());
    }

    private ErrorContext where(String cluster) {
        return ErrorContext.in(gateway.region()).cluster(cluster);
    }

    public String cluster() {
        return clusters.selected();
    }

    /** A deployment is rolling: more than one, or the primary still in progress. */
    @Override
    public boolean changing() {
        return rows.all().stream().map(ServiceRow::item).anyMatch(ServicesViewModel::rolling);
    }

    public FilteredRows<Service, ServiceRow> rows() {
        return rows;
    }

    /** The Faults tab's model; present on the simulator only. */
    public Optional<FaultsViewModel> faults() {
        return faults;
    }

    /** The selected service's deployments and their timeline. */
    public DeploymentsViewModel deployments() {
        return deployments;
    }

    /** Whether the Deployments tab is on screen; see {@link #recordSelected()}. */
    public WhileShown deploymentsOnScreen() {
        return deploymentsOnScreen;
    }

    /** Whether the Load balancing tab is on screen: the targets' health is read only while it is. */
    public WhileShown loadBalancingOnScreen() {
        return loadBalancingOnScreen;
    }

    public FilteredRows<ServiceEvent, EventRow> events() {
        return events;
    }

    FilteredRows<ServiceTarget, TargetRow> targets() {
        return targets;
    }

    /** The selected service's (first) target group, whose health check the Load balancing tab edits; or null. */
    public ReadOnlyObjectProperty<TargetGroup> targetGroupProperty() {
        return targetGroup;
    }

    /** The selected service's load balancer, listeners and target group, as lines of the Load balancing tab. */
    public ObjectProperty<List<Detail>> loadBalancingProperty() {
        return loadBalancing;
    }

    /** {@link #NO_TARGET_GROUP}, then the names of the target groups a new service can use. */
    public ObservableList<String> targetGroupNames() {
        return targetGroupNames;
    }

    public ObservableList<String> containerChoices() {
        return containerChoices;
    }

    /** The service whose details, deployments and events are shown; the view binds it to the table selection. */
    public ObjectProperty<Service> selectedProperty() {
        return selected;
    }

    /** The selected service's auto scaling, shown in its own tab; it refreshes whenever the service does. */
    public AutoScalingViewModel autoScaling() {
        return autoScaling;
    }

    public ObservableList<String> taskDefinitionChoices() {
        return taskDefinitionChoices;
    }

    @Override
    public ReadOnlyStringProperty errorProperty() {
        return refresher.errorProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Instant> refreshedAtProperty() {
        return refresher.refreshedAtProperty();
    }
}
