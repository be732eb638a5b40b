package dev.berth.sim.ecs;

import dev.berth.core.model.NetworkBinding;
import dev.berth.core.model.PortMapping;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The host ports a task's containers listen on: bridge mode maps each container port to its fixed host port or, for
 * host port 0, to the next dynamic port the task reserved on its instance; host mode uses the container port; awsvpc
 * tasks have their own address and no bindings.
 */
final class NetworkBindings {

    private NetworkBindings() {
    }

    static Map<ContainerState, List<NetworkBinding>> of(TaskState task) {
        String mode = task.definition.networkMode();
        Map<ContainerState, List<NetworkBinding>> all = new LinkedHashMap<>();
        List<Integer> dynamicPorts = task.reservation == null ? List.of() : task.reservation.dynamicPorts();
        Iterator<Integer> dynamic = dynamicPorts.iterator();
        for (ContainerState container : task.containers) {
            List<NetworkBinding> bindings = new ArrayList<>();
            if (!"awsvpc".equals(mode) && !"none".equals(mode)) {
                for (PortMapping mapping : container.definition.portMappings()) {
                    int hostPort = "host".equals(mode) ? mapping.containerPort()
                            : mapping.hostPort() != null && mapping.hostPort() != 0 ? mapping.hostPort()
                            : dynamic.next();
                    bindings.add(new NetworkBinding("0.0.0.0", mapping.containerPort(), hostPort,
                            mapping.protocol()));
                }
            }
            all.put(container, bindings);
        }
        return all;
    }
}
