package dev.berth.sim.scaling;

import dev.berth.core.model.FeedKind;
import dev.berth.core.model.NotScaledReason;
import dev.berth.core.model.ScalingActivity;
import dev.berth.core.model.ScalingNames;
import dev.berth.sim.SimContext;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/** Every target's scaling activities, newest first, worded as Application Auto Scaling words them. */
final class ActivityLog {
    private static final int KEPT = 5000;

    private final SimContext context;
    private final Deque<ScalingActivity> newestFirst = new ArrayDeque<>();

    ActivityLog(SimContext context) {
        this.context = context;
    }

    /** A change ECS accepted at once. */
    void successful(ServiceKey key, String description, String cause, String statusMessage) {
        add(new ScalingActivity(context.random().uuid(), ScalingNames.ECS, key.resourceId(),
                ScalingNames.DESIRED_COUNT, description, cause, context.now(), context.now(), "Successful",
                statusMessage, null, null));
    }

    /** An alarm that could not change the capacity; one entry while the same reason repeats minute after minute. */
    void notScaled(ServiceKey key, String cause, NotScaledReason reason) {
        ScalingActivity latest = newestFirst.stream().filter(a -> a.resourceId().equals(key.resourceId()))
                .findFirst().orElse(null);
        if (latest != null && Objects.equals(latest.cause(), cause) && latest.notScaledReasons().equals(
                List.of(reason))) {
            return;
        }
        add(new ScalingActivity(context.random().uuid(), ScalingNames.ECS, key.resourceId(),
                ScalingNames.DESIRED_COUNT, "Attempting to scale due to alarm triggered", cause, context.now(),
                context.now(), "Failed", "Failed to scale: " + reason.code() + ".", null, List.of(reason)));
    }

    List<ScalingActivity> list(String resourceId, boolean includeNotScaled) {
        return newestFirst.stream()
                .filter(a -> resourceId == null || a.resourceId().equals(resourceId))
                .filter(a -> includeNotScaled || a.notScaledReasons().isEmpty())
                .toList();
    }

    private void add(ScalingActivity activity) {
        ServiceKey key = ServiceKey.of(activity.serviceNamespace(), activity.resourceId(),
                activity.scalableDimension());
        String description = activity.description().endsWith(".") ? activity.description()
                : activity.description() + ".";
        context.feed().record(key.cluster(), FeedKind.SCALING, key.service(), description + " "
                + activity.statusMessage() + " Cause: " + activity.cause());
        newestFirst.addFirst(activity);
        while (newestFirst.size() > KEPT) {
            newestFirst.removeLast();
        }
    }
}
