package dev.berth.ui.autoscaling;

import dev.berth.app.SimulatorBackend;
import dev.berth.core.model.AwsVpcConfiguration;
import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.CreateServiceRequest;
import dev.berth.core.model.CustomizedMetricSpecification;
import dev.berth.core.model.KeyValuePair;
import dev.berth.core.model.NetworkConfiguration;
import dev.berth.core.model.PutScalingPolicyRequest;
import dev.berth.core.model.QueueAttributeNames;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.TargetTrackingScalingPolicyConfiguration;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.DemoWorld;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import dev.berth.ui.common.DirectBackgroundTasks;
import dev.berth.ui.common.Outcome;
import dev.berth.ui.testing.SteppedClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A queue worker's Auto scaling tab: a burst sent to its queue, and a policy on the backlog per task. */
class AutoScalingQueueViewModelTest {
    private final Simulator simulator = Simulator.create(WorldSettings.of("autoscaling-vm", 5,
            Instant.parse("2026-03-02T09:00:00Z")), CommandJournal.none());
    private final AutoScalingViewModel viewModel = new AutoScalingViewModel(
            new SimulatorBackend(simulator, new SteppedClock(simulator)), new DirectBackgroundTasks(),
            Clock.systemUTC());
    private final List<String> failures = new ArrayList<>();
    private final Outcome outcome = new Outcome() {
        @Override
        public void succeeded() {
            // the tests read the snapshot instead
        }

        @Override
        public void failed(String message) {
            failures.add(message);
        }
    };

    @BeforeEach
    void aWorkerServiceOfTheQueueJobs() {
        DemoWorld.populate(simulator.ecs());
        String url = simulator.sqs().createQueue("jobs", Map.of());
        ContainerDefinition worker = new ContainerDefinition("worker", "busybox:1.36", null, null, null, true,
                List.of(), List.of(new KeyValuePair(QueueAttributeNames.WORKER_ENVIRONMENT_VARIABLE, url)), List.of(),
                null);
        simulator.ecs().registerTaskDefinition(new RegisterTaskDefinitionRequest("worker", "awsvpc",
                List.of("FARGATE"), "256", "512", null, null, List.of(worker), List.of()));
        simulator.ecs().createService(new CreateServiceRequest(DemoWorld.CLUSTER, "worker", "worker", 1, "FARGATE",
                List.of(), null, new NetworkConfiguration(new AwsVpcConfiguration(DemoWorld.SUBNETS,
                List.of(DemoWorld.SECURITY_GROUP), "ENABLED")), null, null, List.of()));
        simulator.advanceBy(Duration.ofMinutes(2));
        viewModel.onScreen().shownProperty().set(true);
        viewModel.serviceProperty().set(simulator.ecs().describeServices(DemoWorld.CLUSTER, List.of("worker"))
                .items().get(0));
    }

    @Test
    void aBurstOfMessagesWaitsInTheWorkersQueue() {
        assertThat(viewModel.workerQueueName()).contains("jobs");

        viewModel.sendMessages(1205, "resize image", outcome);

        assertThat(failures).isEmpty();
        assertThat(viewModel.snapshotProperty().get().queue().visible()).isEqualTo(1205);
    }

    @Test
    void aBacklogPerTaskPolicyScalesTheWorkersOutOnABurst() {
        viewModel.setCapacity(1, 5, outcome);
        viewModel.putPolicy(PutScalingPolicyRequest.targetTracking(DemoWorld.CLUSTER, "worker", "backlog",
                TargetTrackingScalingPolicyConfiguration.of(CustomizedMetricSpecification.backlogPerTask("jobs",
                        DemoWorld.CLUSTER, "worker"), 60)), outcome);
        viewModel.sendMessages(1200, "job", outcome);

        simulator.advanceBy(Duration.ofMinutes(6));
        viewModel.refresh();

        assertThat(failures).isEmpty();
        assertThat(viewModel.policies().all()).extracting(PolicyRow::summaryProperty)
                .extracting(p -> p.get()).singleElement().asString().startsWith("Backlog per task at 60.0");
        assertThat(viewModel.activities().all()).extracting(ActivityRow::description)
                .contains("Setting desired count to 5.");
    }

    @Test
    void aBurstToAQueueThatIsGoneFailsWithSqsWords() {
        simulator.sqs().deleteQueue(simulator.sqs().getQueueUrl("jobs"));

        viewModel.sendMessages(10, "job", outcome);

        assertThat(failures).singleElement().asString().contains("The specified queue does not exist");
    }
}
