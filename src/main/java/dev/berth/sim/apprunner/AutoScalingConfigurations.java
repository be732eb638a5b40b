package dev.berth.sim.apprunner;

import dev.berth.core.gateway.AppRunnerGateway;
import dev.berth.core.model.AutoScalingConfiguration;
import dev.berth.core.model.AutoScalingConfigurationSummary;
import dev.berth.core.model.CreateAutoScalingConfigurationRequest;
import dev.berth.core.model.Page;
import dev.berth.sim.SimContext;
import dev.berth.sim.SimRandom;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * App Runner auto scaling configurations: AWS's DefaultConfiguration (revision 1: 100 concurrent requests, 1 to 25
 * instances), and the account's own, where a name in use gets the next revision. Quotas: 10 names, 5 revisions per
 * name. A revision a service uses cannot be deleted; a deleted one is INACTIVE and still describable.
 */
final class AutoScalingConfigurations {
    static final String DEFAULT_NAME = "DefaultConfiguration";
    static final int DEFAULT_MAX_CONCURRENCY = 100;
    static final int DEFAULT_MIN_SIZE = 1;
    static final int DEFAULT_MAX_SIZE = 25;
    private static final int MAX_CONCURRENCY_LIMIT = 200;
    private static final int SIZE_LIMIT = 25;
    private static final int NAMES_QUOTA = 10;
    private static final int REVISIONS_QUOTA = 5;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9\\-_]{3,31}");

    /** One revision; {@code deletedAt} null while ACTIVE. */
    private static final class Revision {
        final String arn;
        final String name;
        final int revision;
        final int maxConcurrency;
        final int minSize;
        final int maxSize;
        final Instant createdAt;
        final boolean isDefault;
        Instant deletedAt;

        Revision(String arn, String name, int revision, int maxConcurrency, int minSize, int maxSize,
                 Instant createdAt, boolean isDefault) {
            this.arn = arn;
            this.name = name;
            this.revision = revision;
            this.maxConcurrency = maxConcurrency;
            this.minSize = minSize;
            this.maxSize = maxSize;
            this.createdAt = createdAt;
            this.isDefault = isDefault;
        }

        boolean active() {
            return deletedAt == null;
        }
    }

    private final SimContext context;
    private final SimRandom random;
    private final String arnPrefix;
    private final Predicate<String> inUse;
    private final Map<String, Revision> byArn = new LinkedHashMap<>();

    /** {@code inUse} says whether a service that is not deleted uses the configuration with that ARN. */
    AutoScalingConfigurations(SimContext context, SimRandom random, String arnPrefix, Predicate<String> inUse) {
        this.context = context;
        this.random = random;
        this.arnPrefix = arnPrefix;
        this.inUse = inUse;
        Revision defaults = new Revision(arn(DEFAULT_NAME, 1, "00000000000000000000000000000001"), DEFAULT_NAME, 1,
                DEFAULT_MAX_CONCURRENCY, DEFAULT_MIN_SIZE, DEFAULT_MAX_SIZE, context.settings().start(), true);
        byArn.put(defaults.arn, defaults);
    }

    String defaultArn() {
        return byArn.values().iterator().next().arn;
    }

    AutoScalingConfiguration create(CreateAutoScalingConfigurationRequest request) {
        String name = request.autoScalingConfigurationName();
        if (name == null || !NAME.matcher(name).matches()) {
            throw AppRunnerErrors.constraint("autoScalingConfigurationName", name,
                    "Member must satisfy regular expression pattern: " + NAME.pattern());
        }
        int maxConcurrency = within("maxConcurrency", request.maxConcurrency(), DEFAULT_MAX_CONCURRENCY,
                MAX_CONCURRENCY_LIMIT);
        int minSize = within("minSize", request.minSize(), DEFAULT_MIN_SIZE, SIZE_LIMIT);
        int maxSize = within("maxSize", request.maxSize(), DEFAULT_MAX_SIZE, SIZE_LIMIT);
        if (maxSize < minSize) {
            throw AppRunnerErrors.invalidRequest("MaxSize (" + maxSize + ") must be greater than or equal to MinSize ("
                    + minSize + ").");
        }
        List<Revision> revisions = revisions(name);
        if (revisions.isEmpty() && names() >= NAMES_QUOTA) {
            throw AppRunnerErrors.quotaExceeded("You have reached the maximum number of auto scaling configurations ("
                    + NAMES_QUOTA + ") for your account.");
        }
        if (revisions.stream().filter(Revision::active).count() >= REVISIONS_QUOTA) {
            throw AppRunnerErrors.quotaExceeded("You have reached the maximum number of revisions ("
                    + REVISIONS_QUOTA + ") for the auto scaling configuration " + name + ".");
        }
        int number = revisions.stream().mapToInt(r -> r.revision).max().orElse(0) + 1;
        Revision created = new Revision(arn(name, number, random.hex(32)), name, number, maxConcurrency, minSize,
                maxSize, context.now(), false);
        byArn.put(created.arn, created);
        return describe(created.arn);
    }

    AutoScalingConfiguration describe(String arn) {
        return view(find(arn));
    }

    AutoScalingConfiguration delete(String arn, boolean allRevisions) {
        Revision revision = find(arn);
        if (revision.isDefault) {
            throw AppRunnerErrors.invalidRequest("You can't delete the default auto scaling configuration "
                    + revision.name + ".");
        }
        List<Revision> doomed = allRevisions ? revisions(revision.name) : List.of(revision);
        for (Revision each : doomed) {
            if (each.active() && inUse.test(each.arn)) {
                throw AppRunnerErrors.invalidRequest("The auto scaling configuration " + each.name + " revision "
                        + each.revision + " is associated with a service. Associate another configuration with "
                        + "the service first.");
            }
        }
        if (!revision.active()) {
            throw AppRunnerErrors.configurationNotFound(arn);
        }
        doomed.stream().filter(Revision::active).forEach(each -> each.deletedAt = context.now());
        return view(revision);
    }

    Page<AutoScalingConfigurationSummary> list(String name, boolean latestOnly, String nextToken, Integer maxResults) {
        int size = AppRunnerWorld.pageSize(maxResults, AppRunnerGateway.LIST_AUTO_SCALING_CONFIGURATIONS_LIMIT);
        List<AutoScalingConfigurationSummary> summaries = new ArrayList<>();
        for (Revision revision : byArn.values()) {
            if (revision.active() && (name == null || revision.name.equals(name))
                    && (!latestOnly || isLatest(revision))) {
                summaries.add(view(revision).summary());
            }
        }
        return AppRunnerWorld.page(summaries, nextToken, size);
    }

    /** Refuses, as the service call's invalid input, a configuration a service may not use: unknown or deleted. */
    void requireUsable(String arn) {
        Revision revision = byArn.get(arn);
        if (revision == null || !revision.active()) {
            throw AppRunnerErrors.invalidRequest("Auto scaling configuration " + arn + " doesn't exist or isn't "
                    + "ACTIVE.");
        }
    }

    AutoScalingConfigurationSummary summary(String arn) {
        return view(byArn.get(arn)).summary();
    }

    int maxConcurrency(String arn) {
        return byArn.get(arn).maxConcurrency;
    }

    int minSize(String arn) {
        return byArn.get(arn).minSize;
    }

    int maxSize(String arn) {
        return byArn.get(arn).maxSize;
    }

    private Revision find(String arn) {
        Revision revision = arn == null ? null : byArn.get(arn);
        if (revision == null) {
            throw AppRunnerErrors.configurationNotFound(arn);
        }
        return revision;
    }

    private AutoScalingConfiguration view(Revision revision) {
        return new AutoScalingConfiguration(revision.arn, revision.name, revision.revision, isLatest(revision),
                revision.active() ? "ACTIVE" : "INACTIVE", revision.maxConcurrency, revision.minSize,
                revision.maxSize, revision.createdAt, revision.deletedAt, revision.active() && inUse.test(revision.arn),
                revision.isDefault);
    }

    private boolean isLatest(Revision revision) {
        return revision.active() && revisions(revision.name).stream().filter(Revision::active)
                .max(Comparator.comparingInt(r -> r.revision)).orElseThrow() == revision;
    }

    private List<Revision> revisions(String name) {
        return byArn.values().stream().filter(r -> r.name.equals(name)).toList();
    }

    private long names() {
        return byArn.values().stream().filter(r -> r.active() && !r.isDefault).map(r -> r.name).distinct().count();
    }

    private String arn(String name, int revision, String id) {
        return arnPrefix + "autoscalingconfiguration/" + name + "/" + revision + "/" + id;
    }

    private static int within(String member, Integer value, int defaultValue, int max) {
        if (value == null) {
            return defaultValue;
        }
        if (value < 1 || value > max) {
            throw AppRunnerErrors.constraint(member, value, "Member must have value between 1 and " + max);
        }
        return value;
    }
}
