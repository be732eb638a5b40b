package dev.berth.sim.events;

import dev.berth.core.gateway.EcsInventory;
import dev.berth.core.gateway.DynamoDbGateway;
import dev.berth.core.gateway.EventsGateway;
import dev.berth.core.gateway.S3Gateway;
import dev.berth.core.gateway.SnsGateway;
import dev.berth.core.gateway.IamGateway;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CreateRoleRequest;
import dev.berth.core.model.EcsParameters;
import dev.berth.core.model.InputTransformer;
import dev.berth.core.model.KeyValuePair;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.SimulatedApplication;
import dev.berth.core.model.Target;
import dev.berth.core.model.Task;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.EcsFixture;
import dev.berth.sim.Simulator;
import dev.berth.sim.ecs.Identities;
import dev.berth.sim.ecs.JobWork;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** A world with the test cluster, a job task definition and the EventBridge calls the tests start from. */
final class EventsFixture {
    static final String CLUSTER_ARN = "arn:aws:ecs:us-east-1:123456789012:cluster/" + EcsFixture.CLUSTER;
    static final String ROLE = "arn:aws:iam::123456789012:role/ecsEventsRole";
    static final String JOB_ROLE = "jobTaskRole";

    final EcsFixture ecs;
    final EventsGateway events;
    final S3Gateway s3;
    final DynamoDbGateway dynamoDb;
    final SnsGateway sns;

    EventsFixture(long seed) {
        this(seed, CommandJournal.none());
    }

    EventsFixture(long seed, CommandJournal journal) {
        ecs = new EcsFixture(seed, journal).withCluster();
        events = ecs.simulator.events();
        s3 = ecs.simulator.s3();
        dynamoDb = ecs.simulator.dynamoDb();
        sns = ecs.simulator.sns();
        IamGateway iam = ecs.simulator.iam();
        iam.createRole(CreateRoleRequest.forService(JOB_ROLE, Identities.ECS_TASKS, null));
        iam.attachRolePolicy(JOB_ROLE, "arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess");
    }

    /** A world rebuilt from a journal, whose cluster the journal made. */
    EventsFixture(Simulator simulator) {
        ecs = new EcsFixture(simulator);
        events = simulator.events();
        s3 = simulator.s3();
        dynamoDb = simulator.dynamoDb();
        sns = simulator.sns();
    }

    static Instant at(String time) {
        return Instant.parse("2026-03-02T" + time + "Z");
    }

    void advanceTo(String time) {
        ecs.simulator.advanceTo(at(time));
    }

    /**
     * A Fargate job: container {@code worker} works {@code seconds}, then exits; with a table it writes an item, with
     * the task role {@link #JOB_ROLE}, which may write to DynamoDB.
     */
    void jobDefinition(String family, int seconds, String table) {
        jobDefinition(family, seconds, table, table == null ? null : "arn:aws:iam::123456789012:role/" + JOB_ROLE);
    }

    /** A Fargate job as above, with {@code taskRole} (null: none). */
    void jobDefinition(String family, int seconds, String table, String taskRole) {
        List<KeyValuePair> environment = table == null
                ? List.of(new KeyValuePair(JobWork.SECONDS, String.valueOf(seconds)))
                : List.of(new KeyValuePair(JobWork.SECONDS, String.valueOf(seconds)),
                new KeyValuePair(SimulatedApplication.DYNAMODB_TABLE, table));
        ContainerDefinition worker = new ContainerDefinition("worker", "public.ecr.aws/docker/library/busybox:latest",
                null, null, null, true, List.of(), environment, List.of(), null);
        ecs.ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest(family, "awsvpc", List.of("FARGATE"), "256",
                "512", null, taskRole, List.of(worker), List.of()));
    }

    static Target ecsTarget(String id, String family, InputTransformer transformer) {
        return new Target(id, CLUSTER_ARN, ROLE, null, null, transformer,
                new EcsParameters(family, 1, "FARGATE", EcsFixture.NETWORK, null, null));
    }

    /** Every task of the test cluster, running or stopped. */
    List<Task> tasks() {
        EcsInventory inventory = new EcsInventory(ecs.ecs);
        List<Task> running = inventory.tasks(EcsFixture.CLUSTER, "RUNNING");
        List<Task> stopped = inventory.tasks(EcsFixture.CLUSTER, "STOPPED");
        return Stream.concat(running.stream(), stopped.stream()).toList();
    }
}
