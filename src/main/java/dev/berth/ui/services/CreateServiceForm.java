package dev.berth.ui.services;

import dev.berth.core.model.AwsVpcConfiguration;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.NetworkConfiguration;
import dev.berth.ui.common.AwsNames;
import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.common.WholeNumber;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What "Create service" asks: name, task definition, desired count, launch type, networking, a target group to put
 * the service behind (and the container and port it sends traffic to), deployment.
 */
public final class CreateServiceForm {
    public static final String SERVICE_NAME = "serviceName";
    public static final String TASK_DEFINITION = "taskDefinition";
    public static final String DESIRED_COUNT = "desiredCount";
    public static final String SUBNETS = "subnets";
    public static final String SECURITY_GROUPS = "securityGroups";
    public static final List<String> LAUNCH_TYPES = List.of("FARGATE", "EC2");

    /** A desired count beyond this is almost certainly a typing mistake in a console dialog. */
    static final int MAX_DESIRED_COUNT = 1000;
    private static final Pattern TASK_DEFINITION_REFERENCE = Pattern.compile(
            "[A-Za-z0-9_-]{1,255}(:[0-9]+)?|arn:aws[a-z-]*:ecs:[^:]+:[0-9]{12}:task-definition/[A-Za-z0-9_-]+:[0-9]+");
    private static final Pattern SUBNET = Pattern.compile("subnet-[0-9a-zA-Z]+");
    private static final Pattern SECURITY_GROUP = Pattern.compile("sg-[0-9a-zA-Z]+");

    private final String cluster;
    private final StringProperty serviceName = new SimpleStringProperty(this, SERVICE_NAME, "");
    private final StringProperty taskDefinition = new SimpleStringProperty(this, TASK_DEFINITION, "");
    private final StringProperty desiredCount = new SimpleStringProperty(this, DESIRED_COUNT, "1");
    private final StringProperty launchType = new SimpleStringProperty(this, "launchType", "FARGATE");
    private final StringProperty subnets = new SimpleStringProperty(this, SUBNETS, "");
    private final StringProperty securityGroups = new SimpleStringProperty(this, SECURITY_GROUPS, "");
    private final BooleanProperty assignPublicIp = new SimpleBooleanProperty(this, "assignPublicIp");
    private final LoadBalancerChoice loadBalancer = new LoadBalancerChoice();
    private final DeploymentSettings deployment = new DeploymentSettings(DeploymentConfiguration.defaults());

    public CreateServiceForm(String cluster) {
        this.cluster = cluster;
    }

    public FieldErrors validate() {
        FieldErrors errors = FieldErrors.none();
        String nameProblem = AwsNames.problemWith(serviceName.get(), "service name");
        if (nameProblem != null) {
            errors.add(SERVICE_NAME, nameProblem);
        }
        String reference = taskDefinition.get() == null ? "" : taskDefinition.get().strip();
        if (reference.isEmpty()) {
            errors.add(TASK_DEFINITION, "Choose a task definition.");
        } else if (!TASK_DEFINITION_REFERENCE.matcher(reference).matches()) {
            errors.add(TASK_DEFINITION, "Enter a family, family:revision or task definition ARN.");
        }
        if (WholeNumber.parse(desiredCount.get(), 0, MAX_DESIRED_COUNT) == null) {
            errors.add(DESIRED_COUNT, WholeNumber.rangeMessage(0, MAX_DESIRED_COUNT));
        }
        List<String> subnetIds = ids(subnets.get());
        if ("FARGATE".equals(launchType.get()) && subnetIds.isEmpty()) {
            errors.add(SUBNETS, "Fargate tasks use awsvpc networking: enter at least one subnet.");
        } else if (!subnetIds.stream().allMatch(id -> SUBNET.matcher(id).matches())) {
            errors.add(SUBNETS, "Subnet ids look like subnet-0a1b2c3d; separate them with commas.");
        }
        if (!ids(securityGroups.get()).stream().allMatch(id -> SECURITY_GROUP.matcher(id).matches())) {
            errors.add(SECURITY_GROUPS, "Security group ids look like sg-0a1b2c3d; separate them with commas.");
        }
        loadBalancer.validateInto(errors);
        deployment.validateInto(errors);
        return errors;
    }

    public CreateServiceRequest toRequest() {
        List<String> subnetIds = ids(subnets.get());
        NetworkConfiguration network = subnetIds.isEmpty() ? null : new NetworkConfiguration(
                new AwsVpcConfiguration(subnetIds, ids(securityGroups.get()),
                        assignPublicIp.get() ? "ENABLED" : "DISABLED"));
        return new CreateServiceRequest(cluster, serviceName.get().strip(), taskDefinition.get().strip(),
                WholeNumber.parse(desiredCount.get(), 0, MAX_DESIRED_COUNT), launchType.get(), List.of(), null,
                network, deployment.toConfiguration(), null, List.of(), loadBalancer.loadBalancers());
    }

    private static List<String> ids(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(id -> !id.isEmpty())
                .collect(Collectors.toList());
    }

    public String serviceName() {
        return serviceName.get().strip();
    }

    public String taskDefinition() {
        return taskDefinition.get().strip();
    }

    public StringProperty serviceNameProperty() {
        return serviceName;
    }

    public StringProperty taskDefinitionProperty() {
        return taskDefinition;
    }

    public StringProperty desiredCountProperty() {
        return desiredCount;
    }

    public StringProperty launchTypeProperty() {
        return launchType;
    }

    public StringProperty subnetsProperty() {
        return subnets;
    }

    public StringProperty securityGroupsProperty() {
        return securityGroups;
    }

    public BooleanProperty assignPublicIpProperty() {
        return assignPublicIp;
    }

    /** The target group the service is put behind, if any. */
    public LoadBalancerChoice loadBalancer() {
        return loadBalancer;
    }

    public DeploymentSettings deployment() {
        return deployment;
    }
}
