package dev.berth.ui.services;

import dev.berth.ui.common.FormGrid;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;

/** The rolling update and circuit breaker lines both service dialogs show. */
final class DeploymentFields {

    private DeploymentFields() {
    }

    static void addTo(FormGrid grid, DeploymentSettings settings) {
        grid.addSection("Deployment");
        TextField min = new TextField();
        min.setId("service-min-healthy");
        min.setMaxWidth(120);
        min.textProperty().bindBidirectional(settings.minimumHealthyPercentProperty());
        grid.addField(DeploymentSettings.MINIMUM_HEALTHY_PERCENT, "Minimum healthy %", min);
        TextField max = new TextField();
        max.setId("service-max-percent");
        max.setMaxWidth(120);
        max.textProperty().bindBidirectional(settings.maximumPercentProperty());
        grid.addField(DeploymentSettings.MAXIMUM_PERCENT, "Maximum %", max);
        CheckBox breaker = new CheckBox("Deployment circuit breaker");
        breaker.setId("service-circuit-breaker");
        breaker.selectedProperty().bindBidirectional(settings.circuitBreakerProperty());
        grid.addField("circuitBreaker", "Failure detection", breaker);
        CheckBox rollback = new CheckBox("Roll back on failure");
        rollback.setId("service-rollback");
        rollback.selectedProperty().bindBidirectional(settings.rollbackProperty());
        rollback.disableProperty().bind(settings.circuitBreakerProperty().not());
        grid.addField("rollback", "", rollback);
    }
}
