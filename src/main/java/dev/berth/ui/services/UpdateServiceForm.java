package dev.berth.ui.services;

import dev.berth.core.model.LoadBalancer;
import dev.berth.core.model.Service;
import dev.berth.core.model.UpdateServiceRequest;
import dev.berth.core.rollout.DeploymentPlan;
import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.common.ResourceNames;
import dev.berth.ui.common.WholeNumber;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/**
 * What "Update service" changes: the task definition revision, desired count, rolling update bounds, circuit
 * breaker, the target group the service is behind (and the container and port it sends traffic to), and whether
 * to force a new deployment. Starts from the service as it is.
 */
public final class UpdateServiceForm {
    public static final String TASK_DEFINITION = "taskDefinition";
    public static final String DESIRED_COUNT = "desiredCount";

    private final Service service;
    private final StringProperty taskDefinition = new SimpleStringProperty(this, TASK_DEFINITION);
    private final StringProperty desiredCount = new SimpleStringProperty(this, DESIRED_COUNT);
    private final BooleanProperty forceNewDeployment = new SimpleBooleanProperty(this, "forceNewDeployment");
    private final DeploymentSettings deployment;
    private final LoadBalancerChoice loadBalancer;
    /** What the choice showed at first: a service behind a Classic Load Balancer, or several, starts at "none". */
    private final List<LoadBalancer> firstChoice;

    public UpdateServiceForm(Service service) {
        this.service = service;
        taskDefinition.set(ResourceNames.familyRevision(service.taskDefinition()));
        desiredCount.set(String.valueOf(service.desiredCount()));
        deployment = new DeploymentSettings(service.deploymentConfiguration());
        loadBalancer = new LoadBalancerChoice(service.loadBalancers());
        firstChoice = loadBalancer.loadBalancers();
    }

    public FieldErrors validate() {
        FieldErrors errors = FieldErrors.none();
        if (taskDefinition.get() == null || taskDefinition.get().isBlank()) {
            errors.add(TASK_DEFINITION, "Choose a task definition revision.");
        }
        if (WholeNumber.parse(desiredCount.get(), 0, CreateServiceForm.MAX_DESIRED_COUNT) == null) {
            errors.add(DESIRED_COUNT, WholeNumber.rangeMessage(0, CreateServiceForm.MAX_DESIRED_COUNT));
        }
        loadBalancer.validateInto(errors);
        deployment.validateInto(errors);
        return errors;
    }

    /**
     * Sends the task definition and the load balancers only when they changed, so a count change alone starts no
     * deployment.
     */
    public UpdateServiceRequest toRequest() {
        String chosen = taskDefinition.get().strip();
        boolean newRevision = !chosen.equals(ResourceNames.familyRevision(service.taskDefinition()));
        return new UpdateServiceRequest(service.clusterArn(), service.serviceName(), newRevision ? chosen : null,
                WholeNumber.parse(desiredCount.get(), 0, CreateServiceForm.MAX_DESIRED_COUNT),
                deployment.toConfiguration(), null, null, null, null, forceNewDeployment.get(),
                movesLoadBalancers() ? loadBalancer.loadBalancers() : null);
    }

    /** The user changed the target group, container or port (and the choice is complete). */
    private boolean movesLoadBalancers() {
        FieldErrors errors = FieldErrors.none();
        loadBalancer.validateInto(errors);
        return errors.isEmpty() && !loadBalancer.loadBalancers().equals(firstChoice);
    }

    /**
     * What the scheduler will do with the settings as they stand: the waves of a new deployment, the lowest healthy
     * count and the highest total, and warnings; or that only the desired count changes. Null while a number is
     * unreadable.
     */
    public String planPreview() {
        Integer desired = WholeNumber.parse(desiredCount.get(), 0, CreateServiceForm.MAX_DESIRED_COUNT);
        Integer minimum = WholeNumber.parse(deployment.minimumHealthyPercentProperty().get(), 0, 100);
        Integer maximum = WholeNumber.parse(deployment.maximumPercentProperty().get(), 100, 200);
        if (desired == null || minimum == null || maximum == null) {
            return null;
        }
        String chosen = taskDefinition.get() == null ? "" : taskDefinition.get().strip();
        boolean newRevision = !chosen.equals(ResourceNames.familyRevision(service.taskDefinition()));
        if (!newRevision && !forceNewDeployment.get() && !movesLoadBalancers()) {
            return "No new deployment: the service scales from " + service.desiredCount() + " to " + desired
                    + " tasks of the revision it runs.";
        }
        return PlanText.of(DeploymentPlan.preview(service.runningCount(), desired, minimum, maximum));
    }

    public Service service() {
        return service;
    }

    public StringProperty taskDefinitionProperty() {
        return taskDefinition;
    }

    public StringProperty desiredCountProperty() {
        return desiredCount;
    }

    public BooleanProperty forceNewDeploymentProperty() {
        return forceNewDeployment;
    }

    public DeploymentSettings deployment() {
        return deployment;
    }

    /** The target group the service is behind, if any. */
    public LoadBalancerChoice loadBalancer() {
        return loadBalancer;
    }
}
