package dev.berth.sim.ecs;

import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.Page;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.TaskDefinition;
import dev.berth.sim.SimContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Task definition families and their revisions. A revision number is never given out twice. */
final class TaskDefinitionRegistry {
    private static final int LIST_LIMIT = 100;

    private final SimContext context;
    private final ArnFactory arns;
    /** Family → revisions in order; revision r sits at index r - 1. */
    private final Map<String, List<TaskDefinition>> families = new TreeMap<>();

    TaskDefinitionRegistry(SimContext context, ArnFactory arns) {
        this.context = context;
        this.arns = arns;
    }

    TaskDefinition register(RegisterTaskDefinitionRequest request) {
        TaskDefinitionValidator.Normalised valid = TaskDefinitionValidator.validate(request);
        List<TaskDefinition> revisions = families.computeIfAbsent(request.family(), f -> new ArrayList<>());
        int revision = revisions.size() + 1;
        TaskDefinition definition = new TaskDefinition(arns.taskDefinition(request.family(), revision),
                request.family(), revision, "ACTIVE", valid.networkMode(), request.requiresCompatibilities(),
                valid.compatibilities(), valid.cpu(), valid.memory(), request.executionRoleArn(),
                request.taskRoleArn(), valid.containerDefinitions(), context.now(), arns.rootUser(), null,
                request.volumes());
        revisions.add(definition);
        return definition;
    }

    TaskDefinition deregister(String taskDefinition) {
        String familyRevision = ArnFactory.lastSegment(taskDefinition);
        if (!familyRevision.contains(":")) {
            throw EcsErrors.client("Revision is missing.");
        }
        TaskDefinition found = find(familyRevision);
        if (found == null) {
            throw EcsErrors.client("The specified task definition does not exist.");
        }
        if (!"ACTIVE".equals(found.status())) {
            return found;
        }
        TaskDefinition inactive = new TaskDefinition(found.taskDefinitionArn(), found.family(), found.revision(),
                "INACTIVE", found.networkMode(), found.requiresCompatibilities(), found.compatibilities(), found.cpu(),
                found.memory(), found.executionRoleArn(), found.taskRoleArn(), found.containerDefinitions(),
                found.registeredAt(), found.registeredBy(), context.now(), found.volumes());
        families.get(found.family()).set(found.revision() - 1, inactive);
        return inactive;
    }

    TaskDefinition describe(String taskDefinition) {
        TaskDefinition found = find(ArnFactory.lastSegment(taskDefinition));
        if (found == null) {
            throw EcsErrors.client("Unable to describe task definition.");
        }
        return found;
    }

    /**
     * The definition a service or task is to run: a bare family means its latest ACTIVE revision. Unknown and
     * deregistered definitions are refused with the exception type the calling operation uses.
     */
    TaskDefinition forLaunch(String taskDefinition, String inactiveErrorCode) {
        TaskDefinition found = taskDefinition == null ? null : find(ArnFactory.lastSegment(taskDefinition));
        if (found == null) {
            throw EcsErrors.client("TaskDefinition not found.");
        }
        if (!"ACTIVE".equals(found.status())) {
            throw GatewayException.client(inactiveErrorCode, "TaskDefinition is inactive");
        }
        return found;
    }

    Page<String> listFamilies(String familyPrefix, String status, String nextToken, Integer maxResults) {
        String filter = status == null ? "ALL" : checkedStatus(status);
        List<String> names = families.entrySet().stream()
                .filter(e -> familyPrefix == null || e.getKey().startsWith(familyPrefix))
                .filter(e -> switch (filter) {
                    case "ACTIVE" -> e.getValue().stream().anyMatch(d -> "ACTIVE".equals(d.status()));
                    case "INACTIVE" -> e.getValue().stream().noneMatch(d -> "ACTIVE".equals(d.status()));
                    default -> true;
                })
                .map(Map.Entry::getKey)
                .toList();
        return Pager.page(names, nextToken, Pager.pageSize(maxResults, LIST_LIMIT, LIST_LIMIT));
    }

    Page<String> list(String familyPrefix, String status, String sort, String nextToken, Integer maxResults) {
        String filter = status == null ? "ACTIVE" : checkedStatus(status);
        Comparator<TaskDefinition> order = Comparator.comparing(TaskDefinition::family)
                .thenComparingInt(TaskDefinition::revision);
        if ("DESC".equals(sort)) {
            order = order.reversed();
        } else if (sort != null && !"ASC".equals(sort)) {
            throw EcsErrors.invalidParameter("sort must be ASC or DESC.");
        }
        List<String> arnList = families.entrySet().stream()
                .filter(e -> familyPrefix == null || e.getKey().equals(familyPrefix))
                .flatMap(e -> e.getValue().stream())
                .filter(d -> "ALL".equals(filter) || filter.equals(d.status()))
                .sorted(order)
                .map(TaskDefinition::taskDefinitionArn)
                .toList();
        return Pager.page(arnList, nextToken, Pager.pageSize(maxResults, LIST_LIMIT, LIST_LIMIT));
    }

    private TaskDefinition find(String familyOrFamilyRevision) {
        int colon = familyOrFamilyRevision.indexOf(':');
        String family = colon < 0 ? familyOrFamilyRevision : familyOrFamilyRevision.substring(0, colon);
        List<TaskDefinition> revisions = families.get(family);
        if (revisions == null) {
            return null;
        }
        if (colon < 0) {
            for (int i = revisions.size() - 1; i >= 0; i--) {
                if ("ACTIVE".equals(revisions.get(i).status())) {
                    return revisions.get(i);
                }
            }
            return null;
        }
        try {
            int revision = Integer.parseInt(familyOrFamilyRevision.substring(colon + 1));
            return revision >= 1 && revision <= revisions.size() ? revisions.get(revision - 1) : null;
        } catch (NumberFormatException notARevision) {
            return null;
        }
    }

    private static String checkedStatus(String status) {
        if (!List.of("ACTIVE", "INACTIVE", "ALL", "DELETE_IN_PROGRESS").contains(status)) {
            throw EcsErrors.invalidParameter("status must be ACTIVE, INACTIVE, DELETE_IN_PROGRESS or ALL.");
        }
        return status;
    }
}
