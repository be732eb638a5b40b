package dev.berth.sim.ecs;

import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.model.Tag;

import java.util.List;

/** AWS's request limits for ECS calls. */
final class EcsLimits {
    static final int DESCRIBE_BATCH = EcsGateway.DESCRIBE_BATCH_LIMIT;
    static final int DESCRIBE_SERVICES = EcsGateway.DESCRIBE_SERVICES_LIMIT;
    static final int RUN_TASK_COUNT = 10;
    static final int TAGS = 50;
    static final int LIST_LIMIT = 100;

    private EcsLimits() {
    }

    /** Tag limits: at most 50, keys up to 128 and values up to 256 characters, and the aws: prefix is AWS's own. */
    static void checkTags(List<Tag> tags) {
        if (tags.size() > TAGS) {
            throw EcsErrors.invalidParameter("Too many tags: a resource can have at most " + TAGS + " tags.");
        }
        for (Tag tag : tags) {
            if (tag.key() == null || tag.key().isEmpty() || tag.key().length() > 128
                    || (tag.value() != null && tag.value().length() > 256)) {
                throw EcsErrors.invalidParameter("Tag keys must be 1 to 128 characters and tag values at most 256.");
            }
            if (tag.key().regionMatches(true, 0, "aws:", 0, 4)) {
                throw EcsErrors.invalidParameter("Tag keys beginning with 'aws:' are reserved for AWS use.");
            }
        }
    }

}
