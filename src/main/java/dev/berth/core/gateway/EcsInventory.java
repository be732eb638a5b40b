package dev.berth.core.gateway;

import dev.berth.core.model.Cluster;
import dev.berth.core.model.ContainerInstance;
import dev.berth.core.model.ListTasksRequest;
import dev.berth.core.model.Page;
import dev.berth.core.model.Service;
import dev.berth.core.model.Task;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The list-then-describe reads a view needs, in the fewest calls AWS's limits allow: list pages at their maximum
 * size, describes in full batches (10 services, 100 clusters, tasks or instances). A batch is described as soon as
 * the list pages have named enough resources to fill it, on {@code describeBatches}, so on real AWS the describes
 * run in parallel with each other and with the listing of the next page.
 */
public final class EcsInventory {
    private static final int MAX_PAGE = 100;

    private final EcsGateway ecs;
    private final Executor describeBatches;

    /** Describes one batch after another, in the caller's thread. */
    public EcsInventory(EcsGateway ecs) {
        this(ecs, Runnable::run);
    }

    public EcsInventory(EcsGateway ecs, Executor describeBatches) {
        this.ecs = ecs;
        this.describeBatches = describeBatches;
    }

    /** Over {@code gateway}'s ECS, describing batches where the gateway runs them. */
    public static EcsInventory of(Gateway gateway) {
        return new EcsInventory(gateway.ecs(), gateway.describeBatches());
    }

    public List<Cluster> clusters() {
        return listThenDescribe(token -> ecs.listClusters(token, MAX_PAGE), EcsGateway.DESCRIBE_BATCH_LIMIT,
                batch -> ecs.describeClusters(batch).items());
    }

    public List<Service> services(String cluster) {
        return listThenDescribe(token -> ecs.listServices(cluster, token, MAX_PAGE),
                EcsGateway.DESCRIBE_SERVICES_LIMIT, batch -> ecs.describeServices(cluster, batch).items());
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
        return listThenDescribe(token -> ecs.listTasks(first.withNextToken(token)), EcsGateway.DESCRIBE_BATCH_LIMIT,
                batch -> ecs.describeTasks(first.cluster(), batch).items());
    }

    public List<ContainerInstance> containerInstances(String cluster) {
        return listThenDescribe(token -> ecs.listContainerInstances(cluster, null, token, MAX_PAGE),
                EcsGateway.DESCRIBE_BATCH_LIMIT, batch -> ecs.describeContainerInstances(cluster, batch).items());
    }

    /** Task definition family names, ascending; {@code status} ACTIVE, INACTIVE or ALL. */
    public List<String> taskDefinitionFamilies(String status) {
        return Page.all(token -> ecs.listTaskDefinitionFamilies(null, status, token, MAX_PAGE));
    }

    /** Task definition ARNs whose family starts with {@code familyPrefix}; {@code sort} ASC or DESC. */
    public List<String> taskDefinitions(String familyPrefix, String status, String sort) {
        return Page.all(token -> ecs.listTaskDefinitions(familyPrefix, status, sort, token, MAX_PAGE));
    }

    /**
     * Lists every page and describes the ids in batches of {@code batchSize}; only the last batch may be short, even
     * when AWS returns a page of fewer than the maximum. Results keep the listing's order.
     */
    private <T> List<T> listThenDescribe(Function<String, Page<String>> pageAfter, int batchSize,
                                         Function<List<String>, List<T>> describe) {
        List<CompletableFuture<List<T>>> batches = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        String token = null;
        try {
            do {
                Page<String> page = pageAfter.apply(token);
                waiting.addAll(page.items());
                token = page.nextToken();
                while (waiting.size() >= batchSize || (token == null && !waiting.isEmpty())) {
                    List<String> batch = List.copyOf(waiting.subList(0, Math.min(batchSize, waiting.size())));
                    waiting.subList(0, batch.size()).clear();
                    batches.add(CompletableFuture.supplyAsync(() -> describe.apply(batch), describeBatches));
                }
            } while (token != null);
            List<T> result = new ArrayList<>();
            for (CompletableFuture<List<T>> batch : batches) {
                result.addAll(batch.join());
            }
            return result;
        } catch (CompletionException e) {
            batches.forEach(batch -> batch.cancel(false));
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        } catch (RuntimeException e) {
            batches.forEach(batch -> batch.cancel(false));
            throw e;
        }
    }
}
