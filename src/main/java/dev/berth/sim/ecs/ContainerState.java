package dev.berth.sim.ecs;

import dev.berth.core.model.Container;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.KeyValuePair;
import dev.berth.core.model.NetworkBinding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One container of a running task, as the agent reports it. */
final class ContainerState {
    final ContainerDefinition definition;
    final String containerArn;
    String lastStatus = "PENDING";
    Integer exitCode;
    String reason;
    String healthStatus = "UNKNOWN";
    List<NetworkBinding> networkBindings = List.of();
    /** The definition's environment with RunTask's overrides laid over it. */
    final Map<String, String> environment = new LinkedHashMap<>();

    ContainerState(ContainerDefinition definition, String containerArn) {
        this.definition = definition;
        this.containerArn = containerArn;
        definition.environment().forEach(variable -> environment.put(variable.name(), variable.value()));
    }

    void override(List<KeyValuePair> variables) {
        variables.forEach(variable -> environment.put(variable.name(), variable.value()));
    }

    /** How long the container works as a {@link JobWork job}, or 0 for a container that runs until stopped. */
    int jobSeconds() {
        try {
            return Math.max(0, Integer.parseInt(environment.getOrDefault(JobWork.SECONDS, "0").strip()));
        } catch (NumberFormatException notSeconds) {
            return 0;
        }
    }

    Container toContainer() {
        return new Container(containerArn, definition.name(), definition.image(), lastStatus, exitCode, reason,
                healthStatus, networkBindings);
    }
}
