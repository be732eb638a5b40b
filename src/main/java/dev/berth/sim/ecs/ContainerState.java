package dev.berth.sim.ecs;

import dev.berth.core.model.Container;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.NetworkBinding;

import java.util.List;

/** One container of a running task, as the agent reports it. */
final class ContainerState {
    final ContainerDefinition definition;
    final String containerArn;
    String lastStatus = "PENDING";
    Integer exitCode;
    String reason;
    String healthStatus = "UNKNOWN";
    List<NetworkBinding> networkBindings = List.of();

    ContainerState(ContainerDefinition definition, String containerArn) {
        this.definition = definition;
        this.containerArn = containerArn;
    }

    Container toContainer() {
        return new Container(containerArn, definition.name(), definition.image(), lastStatus, exitCode, reason,
                healthStatus, networkBindings);
    }
}
