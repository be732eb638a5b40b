package dev.berth.sim.sqs;

import dev.berth.core.gateway.SqsGateway;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.DeploymentConfiguration;
import dev.berth.core.model.KeyValuePair;
import dev.berth.core.model.QueueAttributeNames;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.EcsFixture;

import java.util.List;
import java.util.Map;

/** A cluster with the queue {@code jobs} and a worker task definition {@code worker} whose QUEUE_URL names it. */
public final class QueueFixture {
    public static final String QUEUE = "jobs";

    public final EcsFixture ecs;
    public final SqsGateway sqs;
    public final String queueUrl;

    public QueueFixture(long seed) {
        this(seed, CommandJournal.none());
    }

    public QueueFixture(long seed, CommandJournal journal) {
        ecs = new EcsFixture(seed, journal).withCluster();
        sqs = ecs.simulator.sqs();
        queueUrl = sqs.createQueue(QUEUE, Map.of(QueueAttributeNames.VISIBILITY_TIMEOUT, "60"));
        ContainerDefinition container = new ContainerDefinition("worker", "busybox:1.36", null, null, null, true,
                List.of(), List.of(new KeyValuePair(QueueAttributeNames.WORKER_ENVIRONMENT_VARIABLE, queueUrl)),
                List.of(), null);
        ecs.ecs.registerTaskDefinition(new RegisterTaskDefinitionRequest("worker", "awsvpc", List.of("FARGATE"),
                "256", "512", null, null, List.of(container), List.of()));
    }

    public void workers(int desiredCount) {
        ecs.fargateService("worker", "worker:1", desiredCount, DeploymentConfiguration.defaults());
    }

    public long attribute(String name) {
        return Long.parseLong(sqs.getQueueAttributes(queueUrl, List.of(name)).get(name));
    }

    public long visible() {
        return attribute(QueueAttributeNames.APPROXIMATE_NUMBER_OF_MESSAGES);
    }

    public long inFlight() {
        return attribute(QueueAttributeNames.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE);
    }
}
