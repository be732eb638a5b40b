package dev.berth.ui.services;

import dev.berth.core.model.DeploymentCircuitBreaker;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.common.WholeNumber;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The rolling update bounds and circuit breaker, as both the create and the update dialog ask for them. */
public final class DeploymentSettings {
    public static final String MINIMUM_HEALTHY_PERCENT = "minimumHealthyPercent";
    public static final String MAXIMUM_PERCENT = "maximumPercent";

    static final int MAX_MAXIMUM_PERCENT = 400;

    private final StringProperty minimumHealthyPercent = new SimpleStringProperty(this, MINIMUM_HEALTHY_PERCENT);
    private final StringProperty maximumPercent = new SimpleStringProperty(this, MAXIMUM_PERCENT);
    private final BooleanProperty circuitBreaker = new SimpleBooleanProperty(this, "circuitBreaker");
    private final BooleanProperty rollback = new SimpleBooleanProperty(this, "rollback");

    public DeploymentSettings(DeploymentConfiguration initial) {
        minimumHealthyPercent.set(String.valueOf(initial.minimumHealthyPercent()));
        maximumPercent.set(String.valueOf(initial.maximumPercent()));
        DeploymentCircuitBreaker breaker = initial.deploymentCircuitBreaker();
        circuitBreaker.set(breaker != null && breaker.enable());
        rollback.set(breaker != null && breaker.rollback());
    }

    void validateInto(FieldErrors errors) {
        Integer min = WholeNumber.parse(minimumHealthyPercent.get(), 0, 100);
        Integer max = WholeNumber.parse(maximumPercent.get(), 100, MAX_MAXIMUM_PERCENT);
        if (min == null) {
            errors.add(MINIMUM_HEALTHY_PERCENT, WholeNumber.rangeMessage(0, 100));
        }
        if (max == null) {
            errors.add(MAXIMUM_PERCENT, WholeNumber.rangeMessage(100, MAX_MAXIMUM_PERCENT));
        }
    }

    DeploymentConfiguration toConfiguration() {
        return new DeploymentConfiguration(
                WholeNumber.parse(minimumHealthyPercent.get(), 0, 100),
                WholeNumber.parse(maximumPercent.get(), 100, MAX_MAXIMUM_PERCENT),
                new DeploymentCircuitBreaker(circuitBreaker.get(), circuitBreaker.get() && rollback.get()));
    }

    public StringProperty minimumHealthyPercentProperty() {
        return minimumHealthyPercent;
    }

    public StringProperty maximumPercentProperty() {
        return maximumPercent;
    }

    public BooleanProperty circuitBreakerProperty() {
        return circuitBreaker;
    }

    public BooleanProperty rollbackProperty() {
        return rollback;
    }
}
