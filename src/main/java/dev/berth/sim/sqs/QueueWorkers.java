package dev.berth.sim.sqs;

import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.KeyValuePair;
import dev.berth.core.model.ListTasksRequest;
import dev.berth.core.model.Page;
import dev.berth.core.model.Task;
import dev.berth.core.model.QueueAttributeNames;
import dev.berth.sim.ecs.ArnFactory;
import dev.berth.sim.ecs.EcsWorld;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which ECS tasks work on which queue: a RUNNING task whose task definition gives a container the environment
 * variable {@code QUEUE_URL} (the queue's URL) polls that queue. Read through ECS's own operations, as a worker's
 * own configuration is all there is to go by.
 */
final class QueueWorkers {
    private static final String SERVICE_GROUP = "service:";

    /** The RUNNING worker tasks of each queue URL, in task ARN order; and the queue of each worker service. */
    record Assignment(Map<String, List<String>> tasksByQueueUrl, Map<String, String> queueUrlByService) {
        List<String> tasksOf(String queueUrl) {
            return tasksByQueueUrl.getOrDefault(queueUrl, List.of());
        }
    }

    private final EcsWorld ecs;
    /** Task definitions are immutable, so each one's queue is looked up once. */
    private final Map<String, Optional<String>> queueUrlByTaskDefinition = new HashMap<>();

    QueueWorkers(EcsWorld ecs) {
        this.ecs = ecs;
    }

    Assignment scan() {
        Map<String, List<String>> tasks = new TreeMap<>();
        Map<String, String> services = new TreeMap<>();
        for (String cluster : Page.all(token -> ecs.listClusters(token, null))) {
            List<String> arns = Page.all(token -> ecs.listTasks(ListTasksRequest.of(cluster, "RUNNING")
                    .withNextToken(token)));
            for (int from = 0; from < arns.size(); from += 100) {
                for (Task task : ecs.describeTasks(cluster, arns.subList(from, Math.min(arns.size(), from + 100)))
                        .items()) {
                    Optional<String> queueUrl = queueUrlOf(task.taskDefinitionArn());
                    if (queueUrl.isEmpty()) {
                        continue;
                    }
                    if (task.group() != null && task.group().startsWith(SERVICE_GROUP)) {
                        services.put(serviceKey(ArnFactory.lastSegment(cluster), task.group().substring(SERVICE_GROUP.length())),
                                queueUrl.get());
                    }
                    if ("RUNNING".equals(task.lastStatus())) {
                        tasks.computeIfAbsent(queueUrl.get(), url -> new ArrayList<>()).add(task.taskArn());
                    }
                }
            }
        }
        tasks.values().forEach(list -> list.sort(String::compareTo));
        return new Assignment(tasks, services);
    }

    static String serviceKey(String cluster, String service) {
        return cluster + "/" + service;
    }

    private Optional<String> queueUrlOf(String taskDefinitionArn) {
        return queueUrlByTaskDefinition.computeIfAbsent(taskDefinitionArn, arn -> ecs.describeTaskDefinition(arn)
                .containerDefinitions().stream()
                .map(ContainerDefinition::environment)
                .flatMap(List::stream)
                .filter(v -> QueueAttributeNames.WORKER_ENVIRONMENT_VARIABLE.equals(v.name()))
                .map(KeyValuePair::value)
                .findFirst());
    }
}
