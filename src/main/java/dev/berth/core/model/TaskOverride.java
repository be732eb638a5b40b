package dev.berth.core.model;

import java.util.List;

/** RunTask's {@code overrides}: per container, environment variables added to (or replacing) the definition's. */
public record TaskOverride(List<ContainerOverride> containerOverrides) {
    public TaskOverride {
        containerOverrides = containerOverrides == null ? List.of() : List.copyOf(containerOverrides);
    }
}
