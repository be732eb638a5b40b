package dev.berth.ui.services;

import dev.berth.core.model.LoadBalancer;
import dev.berth.ui.common.FieldErrors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load balancer a service dialog puts a service behind, as the console's "Load balancing" step asks for it: a
 * target group (null: none) and the container and port it sends traffic to, as name:port.
 */
public final class LoadBalancerChoice {
    /** The form field of the container and port. */
    public static final String CONTAINER = "loadBalancedContainer";
    private static final Pattern CONTAINER_PORT = Pattern.compile("([A-Za-z0-9_-]{1,255}):([0-9]{1,5})");

    private final StringProperty targetGroupArn = new SimpleStringProperty(this, "targetGroupArn");
    private final StringProperty container = new SimpleStringProperty(this, CONTAINER, "");

    /** No load balancer. */
    public LoadBalancerChoice() {
    }

    /** Starts from the first target group of {@code current}, a service's load balancers, or none. */
    public LoadBalancerChoice(List<LoadBalancer> current) {
        current.stream().filter(lb -> lb.targetGroupArn() != null).findFirst().ifPresent(lb -> {
            targetGroupArn.set(lb.targetGroupArn());
            container.set(lb.containerName() + ":" + lb.containerPort());
        });
    }

    public void validateInto(FieldErrors errors) {
        if (targetGroupArn.get() != null && containerPort() == null) {
            errors.add(CONTAINER, "Choose the container and port the target group sends traffic to, as name:port.");
        }
    }

    private Matcher containerPort() {
        Matcher matcher = CONTAINER_PORT.matcher(container.get() == null ? "" : container.get().strip());
        return matcher.matches() ? matcher : null;
    }

    /** What the choice asks of ECS: one target group, or none. Call once {@link #validateInto} found no error. */
    public List<LoadBalancer> loadBalancers() {
        if (targetGroupArn.get() == null) {
            return List.of();
        }
        Matcher chosen = containerPort();
        return List.of(LoadBalancer.targetGroup(targetGroupArn.get(), chosen.group(1),
                Integer.parseInt(chosen.group(2))));
    }

    /** The chosen target group's name, from its ARN (".../targetgroup/NAME/ID"); null when none is chosen. */
    public String targetGroupName() {
        String arn = targetGroupArn.get();
        if (arn == null) {
            return null;
        }
        String[] parts = arn.split("/");
        return parts.length >= 3 ? parts[parts.length - 2] : arn;
    }

    /** Null: behind no load balancer. */
    public StringProperty targetGroupArnProperty() {
        return targetGroupArn;
    }

    public StringProperty containerProperty() {
        return container;
    }
}
