package dev.berth.ui.services;

import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.EcsInventory;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.model.Service;
import dev.berth.core.model.ServiceEvent;
import dev.berth.ui.common.AreaModel;
import dev.berth.ui.common.BackgroundTasks;
import dev.berth.ui.common.ChangeRunner;
import dev.berth.ui.common.ClusterSelection;
import dev.berth.ui.common.ErrorContext;
import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.common.FilteredRows;
import dev.berth.ui.common.Messages;
import dev.berth.ui.common.Outcome;
import dev.berth.ui.common.Refresher;
import dev.berth.ui.common.ResourceNames;
import dev.berth.ui.rollout.DeploymentsViewModel;
import dev.berth.ui.rollout.FaultsViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The services of the selected cluster; for the selected service its deployments and events. Create, update and
 * delete services. Changing the cluster drops any read still in flight for the old one.
 */
public final class ServicesViewModel implements AreaModel {
    private final EcsGateway ecs;
    private final EcsInventory inventory;
    private final String region;
    private final ClusterSelection clusters;
    private final BackgroundTasks background;
    private final Refresher refresher;
    private final ChangeRunner changes;
    private final FilteredRows<Service, ServiceRow> rows = new FilteredRows<>(Service::serviceArn, ServiceRow::new);
    private final DeploymentsViewModel deployments;
    private final Optional<FaultsViewModel> faults;
    private final FilteredRows<ServiceEvent, EventRow> events = new FilteredRows<>(ServiceEvent::id, EventRow::new);
    private final ObjectProperty<Service> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<String> taskDefinitionChoices = FXCollections.observableArrayList();

    public ServicesViewModel(Gateway gateway, BackgroundTasks background, Clock clock, ClusterSelection clusters) {
        this.ecs = gateway.ecs();
        this.inventory = new EcsInventory(ecs);
        this.region = gateway.region();
        this.clusters = clusters;
        this.background = background;
        this.refresher = new Refresher(background, clock);
        this.changes = new ChangeRunner(background);
        this.deployments = new DeploymentsViewModel(gateway, background, clock);
        this.faults = gateway.faultInjection().map(f -> new FaultsViewModel(f, region, background, clock));
        clusters.selectedProperty().addListener((observable, old, cluster) -> {
            refresher.cancelPending();
            rows.clear();
            refresh();
        });
        selected.addListener((observable, old, service) -> {
            events.update(service == null ? List.of() : service.events());
            if (old == null || service == null || !old.serviceArn().equals(service.serviceArn())) {
                recordSelected();
            }
        });
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
        recordSelected();
    }

    /** The selected service's deployments are recorded at every refresh, so its timeline follows the clock. */
    private void recordSelected() {
        Service service = selected.get();
        String name = service == null ? null : service.serviceName();
        deployments.refresh(clusters.selected(), name);
        faults.ifPresent(f -> f.refresh(clusters.selected(), name));
    }

    /** Loads the task definitions a new service can use (active families) for the create dialog's picker. */
    public void loadTaskDefinitionChoices() {
        background.run(() -> inventory.taskDefinitionFamilies("ACTIVE"),
                taskDefinitionChoices::setAll,
                failure -> taskDefinitionChoices.clear());
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

    /** Deletes even while tasks run ({@code force}), as the console's delete does after its confirmation. */
    public void delete(String serviceName, Outcome outcome) {
        String cluster = clusters.selected();
        changes.run(() -> ecs.deleteService(cluster, serviceName, true),
                failure -> Messages.explain(failure, where(cluster).service(serviceName)),
                outcome, deleted -> refresh());
    }

    private ErrorContext where(String cluster) {
        return ErrorContext.in(region).cluster(cluster);
    }

    public String cluster() {
        return clusters.selected();
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

    public FilteredRows<ServiceEvent, EventRow> events() {
        return events;
    }

    /** The service whose details, deployments and events are shown; the view binds it to the table selection. */
    public ObjectProperty<Service> selectedProperty() {
        return selected;
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
