package dev.berth.core.model;

import java.util.List;

/** One container's overrides in RunTask: {@code name} as in the task definition, extra {@code environment}. */
public record ContainerOverride(String name, List<KeyValuePair> environment) {
    public ContainerOverride {
        environment = environment == null ? List.of() : List.copyOf(environment);
    }
}
