package dev.berth.core.gateway;

import dev.berth.core.model.Cluster;
import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.ListTasksRequest;
import dev.berth.core.model.Page;
import dev.berth.core.model.Service;
import dev.berth.core.model.Task;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The list-then-describe reads a view needs, in the fewest calls AWS's limits allow: list pages at their maximum
 * size, describes in full batches (10 services, 100 clusters, tasks or instances).
 */
public final class EcsInventory {
    private static final int MAX_PAGE = 100;

    private final EcsGateway ecs;

    public EcsInventory(EcsGateway ecs) {
        this.ecs = ecs;
    }

    public List<Cluster> clusters() {
        List<String> arns = Page.all(token -> ecs.listClusters(token, MAX_PAGE));
        return inBatches(arns, EcsGateway.DESCRIBE_BATCH_LIMIT, batch -> ecs.describeClusters(batch).items());
    }

    public List<Service> services(String cluster) {
        List<String> arns = Page.all(token -> ecs.listServices(cluster, token, MAX_PAGE));
        return inBatches(arns, EcsGateway.DESCRIBE_SERVICES_LIMIT,
                batch -> ecs.describeServices(cluster, batch).items());
    }

    /** Tasks whose desired status is {@code desiredStatus} (RUNNING or STOPPED). */
    public List<Task> tasks(String cluster, String desiredStatus) {
        return tasks(new ListTasksRequest(cluster, null, null, null, null, desiredStatus, null, MAX_PAGE));
    }

    /** The tasks a service started whose desired status is {@code desiredStatus} (RUNNING or STOPPED). */
    public List<Task> serviceTasks(String cluster, String serviceName, String desiredStatus) {
        return tasks(new ListTasksRequest(cluster, serviceName, null, null, null, desiredStatus, null, MAX_PAGE));
    }

    private List<Task> tasks(ListTasksRequest first) {
        List<String> arns = Page.all(token -> ecs.listTasks(first.withNextToken(token)));
        return inBatches(arns, EcsGateway.DESCRIBE_BATCH_LIMIT,
                batch -> ecs.describeTasks(first.cluster(), batch).items());
    }

    public List<ContainerInstance> containerInstances(String cluster) {
        List<String> arns = Page.all(token -> ecs.listContainerInstances(cluster, null, token, MAX_PAGE));
        return inBatches(arns, EcsGateway.DESCRIBE_BATCH_LIMIT,
                batch -> ecs.describeContainerInstances(cluster, batch).items());
    }

    /** Task definition family names, ascending; {@code status} ACTIVE, INACTIVE or ALL. */
    public List<String> taskDefinitionFamilies(String status) {
        return Page.all(token -> ecs.listTaskDefinitionFamilies(null, status, token, MAX_PAGE));
    }

    /** Task definition ARNs whose family starts with {@code familyPrefix}; {@code sort} ASC or DESC. */
    public List<String> taskDefinitions(String familyPrefix, String status, String sort) {
        return Page.all(token -> ecs.listTaskDefinitions(familyPrefix, status, sort, token, MAX_PAGE));
    }

    private static <T> List<T> inBatches(List<String> ids, int batchSize, Function<List<String>, List<T>> describe) {
        List<T> result = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += batchSize) {
            result.addAll(describe.apply(ids.subList(from, Math.min(ids.size(), from + batchSize))));
        }
        return result;
    }
}
