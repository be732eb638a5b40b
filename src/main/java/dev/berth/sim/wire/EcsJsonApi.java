package dev.berth.sim.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.model.AutoScalingGroupProvider;
import dev.berth.core.model.AutoScalingGroupProviderUpdate;
import dev.berth.core.model.CapacityProviderStrategyItem;
import dev.berth.core.model.CreateCapacityProviderRequest;
import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.Described;
import dev.berth.core.model.ListTasksRequest;
import dev.berth.core.model.ManagedScaling;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.RunTaskRequest;
import dev.berth.core.model.Tag;
import dev.berth.core.model.UpdateServiceRequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.berth.sim.wire.WireInput.integer;
import static dev.berth.sim.wire.WireInput.page;
import static dev.berth.sim.wire.WireInput.required;
import static dev.berth.sim.wire.WireInput.strings;
import static dev.berth.sim.wire.WireInput.text;

/** Amazon ECS over awsJson1_1: AWS's operation names, input members and output wrappers, onto {@link EcsGateway}. */
final class EcsJsonApi implements JsonApi {
    private static final String TARGET_PREFIX = "AmazonEC2ContainerServiceV20141113";
    private final EcsGateway ecs;
    private final ObjectMapper mapper;
    private final Operations operations = new Operations(TARGET_PREFIX);

    EcsJsonApi(EcsGateway ecs, ObjectMapper mapper) {
        this.ecs = ecs;
        this.mapper = mapper;
        operations.put("CreateCluster", in -> Map.of("cluster", ecs.createCluster(
                in.has("clusterName") ? read(in, CreateClusterRequest.class)
                        : CreateClusterRequest.named("default"))));
        operations.put("DeleteCluster", in -> Map.of("cluster", ecs.deleteCluster(required(in, "cluster"))));
        operations.put("DescribeClusters", in -> described("clusters", ecs.describeClusters(
                in.has("clusters") ? strings(in, "clusters") : List.of("default"))));
        operations.put("ListClusters", in -> page("clusterArns",
                ecs.listClusters(text(in, "nextToken"), integer(in, "maxResults"))));
        operations.put("RegisterTaskDefinition", in -> Map.of("taskDefinition",
                ecs.registerTaskDefinition(read(in, RegisterTaskDefinitionRequest.class))));
        operations.put("DeregisterTaskDefinition", in -> Map.of("taskDefinition",
                ecs.deregisterTaskDefinition(required(in, "taskDefinition"))));
        operations.put("DescribeTaskDefinition", in -> Map.of("taskDefinition",
                ecs.describeTaskDefinition(required(in, "taskDefinition"))));
        operations.put("ListTaskDefinitionFamilies", in -> page("families", ecs.listTaskDefinitionFamilies(
                text(in, "familyPrefix"), text(in, "status"), text(in, "nextToken"), integer(in, "maxResults"))));
        operations.put("ListTaskDefinitions", in -> page("taskDefinitionArns", ecs.listTaskDefinitions(
                text(in, "familyPrefix"), text(in, "status"), text(in, "sort"), text(in, "nextToken"),
                integer(in, "maxResults"))));
        operations.put("CreateService", in -> Map.of("service", ecs.createService(read(in, CreateServiceRequest.class))));
        operations.put("UpdateService", in -> Map.of("service", ecs.updateService(read(in, UpdateServiceRequest.class))));
        operations.put("DeleteService", in -> Map.of("service", ecs.deleteService(text(in, "cluster"),
                required(in, "service"), in.path("force").asBoolean(false))));
        operations.put("DescribeServices", in -> described("services",
                ecs.describeServices(text(in, "cluster"), strings(in, "services"))));
        operations.put("ListServices", in -> page("serviceArns",
                ecs.listServices(text(in, "cluster"), text(in, "nextToken"), integer(in, "maxResults"))));
        operations.put("RunTask", in -> {
            RunTaskRequest request = read(in, RunTaskRequest.class);
            if (!in.has("count")) {
                request = new RunTaskRequest(request.cluster(), request.taskDefinition(), 1, request.launchType(),
                        request.capacityProviderStrategy(), request.platformVersion(),
                        request.networkConfiguration(), request.group(), request.startedBy(), request.tags(),
                        request.overrides());
            }
            var result = ecs.runTask(request);
            return Map.of("tasks", result.tasks(), "failures", result.failures());
        });
        operations.put("StopTask", in -> Map.of("task",
                ecs.stopTask(text(in, "cluster"), required(in, "task"), text(in, "reason"))));
        operations.put("DescribeTasks", in -> described("tasks",
                ecs.describeTasks(text(in, "cluster"), strings(in, "tasks"))));
        operations.put("ListTasks", in -> page("taskArns", ecs.listTasks(new ListTasksRequest(text(in, "cluster"),
                text(in, "serviceName"), text(in, "family"), text(in, "containerInstance"), text(in, "startedBy"),
                text(in, "desiredStatus"), text(in, "nextToken"), integer(in, "maxResults")))));
        operations.put("ListContainerInstances", in -> page("containerInstanceArns", ecs.listContainerInstances(
                text(in, "cluster"), text(in, "status"), text(in, "nextToken"), integer(in, "maxResults"))));
        operations.put("DescribeContainerInstances", in -> described("containerInstances",
                ecs.describeContainerInstances(text(in, "cluster"), strings(in, "containerInstances"))));
        operations.put("DescribeCapacityProviders", in -> described("capacityProviders",
                ecs.describeCapacityProviders(in.has("capacityProviders") ? strings(in, "capacityProviders")
                        : List.of())));
        operations.put("CreateCapacityProvider", in -> Map.of("capacityProvider", ecs.createCapacityProvider(
                new CreateCapacityProviderRequest(required(in, "name"), groupProvider(in.get("autoScalingGroupProvider")),
                        List.of(read(in.has("tags") ? in.get("tags") : mapper.createArrayNode(), Tag[].class))))));
        operations.put("UpdateCapacityProvider", in -> {
            JsonNode group = in.path("autoScalingGroupProvider");
            return Map.of("capacityProvider", ecs.updateCapacityProvider(required(in, "name"),
                    new AutoScalingGroupProviderUpdate(managedScaling(group.get("managedScaling")),
                            text(group, "managedTerminationProtection"), text(group, "managedDraining"))));
        });
        operations.put("DeleteCapacityProvider", in -> Map.of("capacityProvider",
                ecs.deleteCapacityProvider(required(in, "capacityProvider"))));
        operations.put("PutClusterCapacityProviders", in -> Map.of("cluster", ecs.putClusterCapacityProviders(
                required(in, "cluster"), in.has("capacityProviders") ? strings(in, "capacityProviders") : null,
                in.has("defaultCapacityProviderStrategy") ? List.of(read(in.get("defaultCapacityProviderStrategy"),
                        CapacityProviderStrategyItem[].class)) : null)));
        operations.put("UpdateContainerInstancesState", in -> described("containerInstances",
                ecs.updateContainerInstancesState(text(in, "cluster"), strings(in, "containerInstances"),
                        required(in, "status"))));
    }

    /** Null when absent; otherwise AWS's members, the ones left out taking AWS's defaults. */
    private static AutoScalingGroupProvider groupProvider(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return new AutoScalingGroupProvider(text(node, "autoScalingGroupArn"), managedScaling(node.get("managedScaling")),
                text(node, "managedTerminationProtection"), text(node, "managedDraining"));
    }

    private static ManagedScaling managedScaling(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        ManagedScaling defaults = ManagedScaling.DEFAULTS;
        String status = text(node, "status");
        return new ManagedScaling(status == null ? defaults.status() : status,
                orDefault(integer(node, "targetCapacity"), defaults.targetCapacity()),
                orDefault(integer(node, "minimumScalingStepSize"), defaults.minimumScalingStepSize()),
                orDefault(integer(node, "maximumScalingStepSize"), defaults.maximumScalingStepSize()),
                orDefault(integer(node, "instanceWarmupPeriod"), defaults.instanceWarmupPeriod()));
    }

    private static int orDefault(Integer value, int otherwise) {
        return value == null ? otherwise : value;
    }

    @Override
    public String targetPrefix() {
        return TARGET_PREFIX;
    }

    @Override
    public Object call(String operation, JsonNode input) {
        return operations.call(operation, input);
    }

    private <T> T read(JsonNode input, Class<T> type) {
        return WireInput.read(mapper, input, type);
    }

    private static Map<String, Object> described(String member, Described<?> described) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(member, described.items());
        out.put("failures", described.failures());
        return out;
    }
}
