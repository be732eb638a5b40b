package dev.berth.ui.services;

import dev.berth.ui.common.FormGrid;
import javafx.scene.control.CheckBox;

/** The rolling update and circuit breaker lines both service dialogs show. */
final class DeploymentFields {

    private DeploymentFields() {
    }

    static void addTo(FormGrid grid, DeploymentSettings settings) {
        grid.addSection("Deployment");
        grid.addNumber(DeploymentSettings.MINIMUM_HEALTHY_PERCENT, "Minimum healthy %", "service-min-healthy",
                settings.minimumHealthyPercentProperty());
        grid.addNumber(DeploymentSettings.MAXIMUM_PERCENT, "Maximum %", "service-max-percent",
                settings.maximumPercentProperty());
        grid.addCheck("circuitBreaker", "Failure detection", "service-circuit-breaker", "Deployment circuit breaker",
                settings.circuitBreakerProperty());
        CheckBox rollback = grid.addCheck("rollback", "", "service-rollback", "Roll back on failure",
                settings.rollbackProperty());
        rollback.disableProperty().bind(settings.circuitBreakerProperty().not());
    }
}
