package dev.berth.core.model;

import java.util.List;

/** CreateCapacityProvider: a name and the auto scaling group (ARN or name) the provider scales. */
public record CreateCapacityProviderRequest(String name, AutoScalingGroupProvider autoScalingGroupProvider,
                                            List<Tag> tags) {
    public CreateCapacityProviderRequest {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
