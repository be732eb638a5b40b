package dev.berth.core.model;

import java.util.List;

/** Why a node group is DEGRADED; empty when it is healthy. */
public record NodegroupHealth(List<Issue> issues) {
    public NodegroupHealth {
        issues = List.copyOf(issues);
    }

    /** One health issue: AWS's code (e.g. AsgInstanceLaunchFailures), its message and the resources concerned. */
    public record Issue(String code, String message, List<String> resourceIds) {
        public Issue {
            resourceIds = List.copyOf(resourceIds);
        }
    }
}
