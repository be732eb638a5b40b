package dev.berth.ui.services;

import dev.berth.core.model.TargetGroup;
import dev.berth.ui.common.FormGrid;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;

/**
 * The "Load balancing" section of the create and update dialogs, for an existing load balancer: a target group a
 * listener forwards to, and the container and port it sends traffic to, offered from the chosen task definition.
 */
final class LoadBalancingFields {

    private LoadBalancingFields() {
    }

    static void addTo(FormGrid grid, LoadBalancerChoice choice, StringProperty taskDefinition,
                      ServicesViewModel viewModel) {
        viewModel.loadTargetGroupChoices();
        grid.addSection("Load balancing");
        ComboBox<String> targetGroup = grid.addField("targetGroup", "Target group",
                new ComboBox<>(viewModel.targetGroupNames()));
        targetGroup.setId("service-target-group");
        targetGroup.setMaxWidth(Double.MAX_VALUE);
        String current = choice.targetGroupName();
        targetGroup.getSelectionModel().select(current == null ? ServicesViewModel.NO_TARGET_GROUP : current);
        // Null while the list of names is reloaded; a name not (yet) listed keeps the group chosen.
        targetGroup.valueProperty().addListener((observable, old, chosen) -> {
            if (ServicesViewModel.NO_TARGET_GROUP.equals(chosen)) {
                choice.targetGroupArnProperty().set(null);
            } else if (chosen != null) {
                TargetGroup group = viewModel.targetGroupNamed(chosen);
                if (group != null) {
                    choice.targetGroupArnProperty().set(group.targetGroupArn());
                }
            }
        });
        ComboBox<String> container = grid.addSuggestions(LoadBalancerChoice.CONTAINER, "Container to load balance",
                "service-lb-container", viewModel.containerChoices(), choice.containerProperty());
        container.setMaxWidth(Double.MAX_VALUE);
        container.setPromptText("container:port");
        container.disableProperty().bind(choice.targetGroupArnProperty().isNull());
        viewModel.loadContainerChoices(taskDefinition.get(), choice.containerProperty());
        taskDefinition.addListener((observable, old, chosen) ->
                viewModel.loadContainerChoices(chosen, choice.containerProperty()));
    }
}
