package dev.berth.ui.autoscaling;

import dev.berth.app.SimulatorBackend;
import dev.berth.core.model.CustomizedMetricSpecification;
import dev.berth.core.model.PutScalingPolicyRequest;
import dev.berth.core.model.TargetTrackingScalingPolicyConfiguration;
import dev.berth.sim.EcsFixture;
import dev.berth.sim.Simulator;
import dev.berth.sim.sqs.QueueFixture;
import dev.berth.ui.common.DirectBackgroundTasks;
import dev.berth.ui.testing.RecordingOutcome;
import dev.berth.ui.testing.SteppedClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A queue worker's Auto scaling tab: a burst sent to its queue, and a policy on the backlog per task. */
class AutoScalingQueueViewModelTest {
    private final QueueFixture queue = new QueueFixture(5);
    private final Simulator simulator = queue.ecs.simulator;
    private final AutoScalingViewModel viewModel = new AutoScalingViewModel(
            new SimulatorBackend(simulator, new SteppedClock(simulator)), new DirectBackgroundTasks(),
            Clock.systemUTC());
    private final RecordingOutcome outcome = new RecordingOutcome();

    @BeforeEach
    void aWorkerServiceOfTheQueueJobs() {
        queue.workers(1);
        simulator.advanceBy(Duration.ofMinutes(2));
        viewModel.onScreen().shownProperty().set(true);
        viewModel.serviceProperty().set(queue.ecs.service("worker"));
    }

    @Test
    void aBurstOfMessagesWaitsInTheWorkersQueue() {
        assertThat(viewModel.workerQueueName()).contains("jobs");

        viewModel.sendMessages(1205, "resize image", outcome);

        assertThat(outcome.failure()).isNull();
        assertThat(viewModel.snapshotProperty().get().queue().visible()).isEqualTo(1205);
    }

    @Test
    void aBacklogPerTaskPolicyScalesTheWorkersOutOnABurst() {
        viewModel.setCapacity(1, 5, outcome);
        viewModel.putPolicy(PutScalingPolicyRequest.targetTracking(EcsFixture.CLUSTER, "worker", "backlog",
                TargetTrackingScalingPolicyConfiguration.of(CustomizedMetricSpecification.backlogPerTask("jobs",
                        EcsFixture.CLUSTER, "worker"), 60)), outcome);
        viewModel.sendMessages(1200, "job", outcome);

        simulator.advanceBy(Duration.ofMinutes(6));
        viewModel.refresh();

        assertThat(outcome.failure()).isNull();
        assertThat(viewModel.policies().all()).extracting(PolicyRow::summaryProperty)
                .extracting(p -> p.get()).singleElement().asString().startsWith("Backlog per task at 60.0");
        assertThat(viewModel.activities().all()).extracting(ActivityRow::description)
                .contains("Setting desired count to 5.");
    }

    @Test
    void aBurstToAQueueThatIsGoneFailsWithSqsWords() {
        queue.sqs.deleteQueue(queue.queueUrl);

        viewModel.sendMessages(10, "job", outcome);

        assertThat(outcome.failure()).contains("The specified queue does not exist");
    }
}
