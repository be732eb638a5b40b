package dev.berth.ui.services;

import dev.berth.core.model.Deployment;
import dev.berth.core.model.Service;
import dev.berth.ui.common.ModelRow;
import dev.berth.ui.common.ResourceNames;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/** One service in the services table. */
public final class ServiceRow extends ModelRow<Service> {
    private final StringProperty name = new SimpleStringProperty(this, "name");
    private final StringProperty status = new SimpleStringProperty(this, "status");
    private final IntegerProperty desired = new SimpleIntegerProperty(this, "desired");
    private final IntegerProperty running = new SimpleIntegerProperty(this, "running");
    private final IntegerProperty pending = new SimpleIntegerProperty(this, "pending");
    private final StringProperty taskDefinition = new SimpleStringProperty(this, "taskDefinition");
    private final StringProperty launchType = new SimpleStringProperty(this, "launchType");
    private final StringProperty deployment = new SimpleStringProperty(this, "deployment");

    public ServiceRow(String serviceArn) {
        super(serviceArn);
    }

    @Override
    protected void show(Service service) {
        name.set(service.serviceName());
        status.set(service.status());
        desired.set(service.desiredCount());
        running.set(service.runningCount());
        pending.set(service.pendingCount());
        taskDefinition.set(ResourceNames.familyRevision(service.taskDefinition()));
        launchType.set(launchTypeText(service));
        deployment.set(deploymentText(service));
    }

    @Override
    protected Iterable<String> searchableText(Service service) {
        return List.of(service.serviceName(), service.status(), ResourceNames.familyRevision(service.taskDefinition()),
                launchTypeText(service), deploymentText(service));
    }

    /** The launch type, or the capacity providers when the service uses a strategy instead. */
    static String launchTypeText(Service service) {
        if (service.launchType() != null) {
            return service.launchType();
        }
        return service.capacityProviderStrategy().stream().map(item -> item.capacityProvider())
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** The PRIMARY deployment's rollout state, and how many deployments are running side by side. */
    static String deploymentText(Service service) {
        Deployment primary = service.primaryDeployment();
        if (primary == null || primary.rolloutState() == null) {
            return "";
        }
        int count = service.deployments().size();
        return count > 1 ? primary.rolloutState() + " (" + count + " deployments)" : primary.rolloutState();
    }

    public String name() {
        return name.get();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyIntegerProperty desiredProperty() {
        return desired;
    }

    public ReadOnlyIntegerProperty runningProperty() {
        return running;
    }

    public ReadOnlyIntegerProperty pendingProperty() {
        return pending;
    }

    public ReadOnlyStringProperty taskDefinitionProperty() {
        return taskDefinition;
    }

    public ReadOnlyStringProperty launchTypeProperty() {
        return launchType;
    }

    public ReadOnlyStringProperty deploymentProperty() {
        return deployment;
    }
}
