package dev.berth.core.model;

import java.util.List;

/** A container of a task, with its own lastStatus, exit code and health. */
public record Container(
        String containerArn,
        String name,
        String image,
        String lastStatus,
        Integer exitCode,
        String reason,
        String healthStatus,
        List<NetworkBinding> networkBindings) {
    public Container {
        networkBindings = List.copyOf(networkBindings);
    }
}
