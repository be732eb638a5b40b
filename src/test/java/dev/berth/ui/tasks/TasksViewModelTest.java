package dev.berth.ui.tasks;

import dev.berth.core.model.CreateClusterRequest;
import dev.berth.ui.common.ClusterSelection;
import dev.berth.ui.common.DirectBackgroundTasks;
import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.testing.FakeEcs;
import dev.berth.ui.testing.FakeGateway;
import dev.berth.ui.testing.RecordingOutcome;
import dev.berth.ui.testing.TaskBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TasksViewModelTest {
    private static final String TASK_ID = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    private final FakeGateway gateway = new FakeGateway();
    private final FakeEcs ecs = gateway.fakeEcs();
    private final ClusterSelection clusters = new ClusterSelection();
    private final TasksViewModel viewModel = new TasksViewModel(gateway, new DirectBackgroundTasks(),
            Clock.systemUTC(), clusters);

    @BeforeEach
    void account() {
        ecs.createCluster(CreateClusterRequest.named("production"));
        ecs.putTask("production", TaskBuilder.running("production", TASK_ID).build());
        ecs.putTask("production", TaskBuilder.running("production", "ffffffffffffffffffffffffffffffff")
                .lastStatus("STOPPED").desiredStatus("STOPPED").stoppedReason("Essential container in task exited")
                .build());
        clusters.offer(List.of("production"));
    }

    @Test
    void showsRunningTasksThenStoppedOnes() {
        viewModel.refresh();
        assertThat(viewModel.rows().visible()).extracting(TaskRow::taskId).containsExactly(TASK_ID);
        TaskRow row = viewModel.rows().visible().get(0);
        assertThat(row.privateIpProperty().get()).isEqualTo("10.0.0.1");
        assertThat(row.taskDefinitionProperty().get()).isEqualTo("web:1");

        viewModel.desiredStatusProperty().set(TasksViewModel.STOPPED);

        assertThat(viewModel.rows().visible()).extracting(row2 -> row2.stoppedReasonProperty().get())
                .containsExactly("Essential container in task exited");
    }

    @Test
    void stoppingATaskRecordsTheReason() {
        viewModel.refresh();
        RecordingOutcome outcome = new RecordingOutcome();

        FieldErrors errors = viewModel.stop(viewModel.rows().visible().get(0).id(), "  rotating credentials ", outcome);

        assertThat(errors.isEmpty()).isTrue();
        assertThat(outcome.hasSucceeded()).isTrue();
        assertThat(viewModel.rows().visible()).isEmpty();
        viewModel.desiredStatusProperty().set(TasksViewModel.STOPPED);
        assertThat(viewModel.rows().visible()).extracting(row -> row.stoppedReasonProperty().get())
                .contains("rotating credentials");
    }

    @Test
    void aTooLongReasonIsRefusedAtTheField() {
        viewModel.refresh();
        int callsBefore = ecs.calls();

        FieldErrors errors = viewModel.stop(viewModel.rows().visible().get(0).id(), "x".repeat(256),
                new RecordingOutcome());

        assertThat(errors.get(TasksViewModel.REASON)).isEqualTo("A reason has at most 255 characters.");
        assertThat(ecs.calls()).isEqualTo(callsBefore);
    }

    @Test
    void aClusterDeletedElsewhereIsExplained() {
        viewModel.refresh();
        ecs.deleteCluster("production");

        viewModel.refresh();

        assertThat(viewModel.errorProperty().get()).isEqualTo(
                "Cluster 'production' does not exist in us-east-1. Refresh the cluster list or pick another.");
    }
}
