package dev.berth.bench;

import dev.berth.core.model.Task;
import dev.berth.ui.common.ClusterSelection;
import dev.berth.ui.common.DirectBackgroundTasks;
import dev.berth.ui.common.WriteLock;
import dev.berth.ui.tasks.TaskRow;
import dev.berth.ui.tasks.TasksView;
import dev.berth.ui.tasks.TasksViewModel;
import dev.berth.ui.testing.FakeGateway;
import dev.berth.ui.testing.TaskBuilder;
import dev.berth.ui.theme.Theme;
import dev.berth.core.settings.ThemeChoice;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;

/**
 * FX-thread cost of a 10,000-task refresh in the tasks area: the table's rows first filled, then updated with every
 * task's status changed, with the table shown and sorted by last status (so every update also re-sorts). Times
 * {@code rows().update(...)}, which is what a refresh does on the FX thread, and separately that plus the CSS and
 * layout pass the next pulse makes. Run on purpose:
 * {@code mvn -Pbench -Dbench=TaskRefreshBench test-compile exec:java}.
 */
public final class TaskRefreshBench {
    private static final int TASKS = 10_000;
    private static final int WARM_UP = 5;
    private static final int RUNS = 15;

    private TaskRefreshBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchPlatform.start();

        List<Task> pending = tasks("PENDING");
        List<Task> running = tasks("RUNNING");
        TasksViewModel viewModel = onFxThread(() -> new TasksViewModel(new FakeGateway(), new DirectBackgroundTasks(),
                Clock.systemUTC(), new ClusterSelection()));
        Parent root = onFxThread(() -> showSortedByLastStatus(viewModel));

        for (int i = 0; i < WARM_UP; i++) {
            measure(viewModel, root, pending, running);
        }
        long[][] samples = new long[4][RUNS];
        for (int i = 0; i < RUNS; i++) {
            long[] run = measure(viewModel, root, pending, running);
            for (int kind = 0; kind < run.length; kind++) {
                samples[kind][i] = run[kind];
            }
        }
        System.out.printf(Locale.ROOT, "TaskRefreshBench: %,d tasks, median of %d runs after %d warm-up runs%n",
                TASKS, RUNS, WARM_UP);
        report("first fill, rows().update", samples[0]);
        report("first fill + CSS and layout", samples[1]);
        report("every status changed, rows().update", samples[2]);
        report("every status changed + CSS and layout", samples[3]);
        Platform.exit();
    }

    private static Parent showSortedByLastStatus(TasksViewModel viewModel) {
        Theme.apply(ThemeChoice.LIGHT);
        TasksView view = new TasksView(viewModel, new ClusterSelection(), new WriteLock());
        Scene scene = new Scene(view.frame(), 1500, 900);
        Theme.style(scene);
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        @SuppressWarnings("unchecked")
        TableView<TaskRow> table = (TableView<TaskRow>) scene.lookup("#tasks-table");
        TableColumn<TaskRow, ?> lastStatus = table.getColumns().get(1);
        table.getSortOrder().setAll(List.of(lastStatus));
        return scene.getRoot();
    }

    /** One run: {fill, fill + layout, update, update + layout} in nanoseconds. */
    private static long[] measure(TasksViewModel viewModel, Parent root, List<Task> first, List<Task> changed)
            throws Exception {
        onFxThread(() -> {
            viewModel.rows().clear();
            layout(root);
            return null;
        });
        long[] fill = timed(viewModel, root, first);
        long[] update = timed(viewModel, root, changed);
        return new long[] {fill[0], fill[1], update[0], update[1]};
    }

    private static long[] timed(TasksViewModel viewModel, Parent root, List<Task> tasks) throws Exception {
        return onFxThread(() -> {
            long start = System.nanoTime();
            viewModel.rows().update(tasks);
            long applied = System.nanoTime();
            layout(root);
            long laidOut = System.nanoTime();
            return new long[] {applied - start, laidOut - start};
        });
    }

    private static void layout(Parent root) {
        root.applyCss();
        root.layout();
    }

    private static List<Task> tasks(String lastStatus) {
        List<Task> tasks = new ArrayList<>(TASKS);
        for (int i = 0; i < TASKS; i++) {
            tasks.add(TaskBuilder.running("bench", String.format(Locale.ROOT, "%032x", i))
                    .lastStatus(lastStatus).build());
        }
        return tasks;
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "  %-42s median %7.2f ms   min %7.2f ms   max %7.2f ms%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static <T> T onFxThread(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }
}
