package dev.berth.ui.events;

import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.common.FormDialog;
import dev.berth.ui.common.FormGrid;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.stage.Window;

import java.util.Arrays;
import java.util.List;

/** The "Scheduled tasks" tab's dialogs: a new rule that runs a task, and (simulator) an object upload. */
final class ScheduledTaskDialogs {
    private static final int MAX_TASKS = 10;

    private ScheduledTaskDialogs() {
    }

    /** A rule with either a schedule or an event pattern, and one ECS target in the shown cluster. */
    static void create(Window owner, ScheduledTasksViewModel viewModel) {
        StringProperty name = new SimpleStringProperty("hourly-batch");
        StringProperty schedule = new SimpleStringProperty("rate(1 hour)");
        StringProperty pattern = new SimpleStringProperty("");
        StringProperty taskDefinition = new SimpleStringProperty("");
        StringProperty count = new SimpleStringProperty("1");
        StringProperty launchType = new SimpleStringProperty("FARGATE");
        StringProperty subnets = new SimpleStringProperty("");
        FormGrid grid = new FormGrid();
        grid.addText("name", "Rule name", "rule-name", name);
        grid.addText("schedule", "Schedule expression", "rule-schedule", schedule)
                .setPromptText("rate(1 hour) or cron(0 * * * ? *)");
        grid.addText("pattern", "Or event pattern (JSON)", "rule-pattern", pattern)
                .setPromptText("{\"source\": [\"aws.s3\"], \"detail-type\": [\"Object Created\"]}");
        grid.addText("taskDefinition", "Task definition", "rule-task-definition", taskDefinition)
                .setPromptText("family or family:revision");
        grid.addNumber("count", "Task count", "rule-count", count);
        grid.addChoice("launchType", "Launch type", "rule-launch-type", List.of("FARGATE", "EC2"), launchType);
        grid.addText("subnets", "Subnets (awsvpc)", "rule-subnets", subnets)
                .setPromptText("subnet-…, subnet-… (comma-separated)");
        new FormDialog(owner, "Create scheduled task in " + viewModel.clusterName(), "Create", grid, grid,
                outcome -> {
                    FieldErrors errors = new FieldErrors();
                    if (name.get().isBlank()) {
                        errors.add("name", "Enter a rule name.");
                    }
                    if (schedule.get().isBlank() == pattern.get().isBlank()) {
                        errors.add("schedule", "Enter a schedule expression or an event pattern, not both.");
                    }
                    if (taskDefinition.get().isBlank()) {
                        errors.add("taskDefinition", "Enter the task definition to run.");
                    }
                    Integer tasks = wholeNumber(count.get());
                    if (tasks == null || tasks < 1 || tasks > MAX_TASKS) {
                        errors.add("count", "Enter a task count from 1 to " + MAX_TASKS + ".");
                    }
                    if (errors.isEmpty()) {
                        viewModel.create(name.get().strip(), schedule.get(), pattern.get(),
                                taskDefinition.get().strip(), tasks, launchType.get(), list(subnets.get()), outcome);
                    }
                    return errors;
                }).show();
    }

    /** Simulator only: a client uploads an object; a bucket that sends events to EventBridge tells the rules. */
    static void upload(Window owner, ScheduledTasksViewModel viewModel) {
        List<String> buckets = viewModel.buckets();
        StringProperty bucket = new SimpleStringProperty(buckets.isEmpty() ? "" : buckets.get(0));
        StringProperty key = new SimpleStringProperty("incoming/photo.jpg");
        StringProperty size = new SimpleStringProperty("184662");
        FormGrid grid = new FormGrid();
        grid.addChoice("bucket", "Bucket", "upload-bucket", buckets, bucket);
        grid.addText("key", "Object key", "upload-key", key);
        grid.addNumber("size", "Size (bytes)", "upload-size", size);
        new FormDialog(owner, "Upload object (simulated)", "Upload", grid, grid, outcome -> {
            FieldErrors errors = new FieldErrors();
            if (bucket.get() == null || bucket.get().isBlank()) {
                errors.add("bucket", "There is no bucket to upload to.");
            }
            if (key.get().isBlank()) {
                errors.add("key", "Enter the object's key.");
            }
            Integer bytes = wholeNumber(size.get());
            if (bytes == null || bytes < 0) {
                errors.add("size", "Enter the size in bytes.");
            }
            if (errors.isEmpty()) {
                viewModel.upload(bucket.get(), key.get().strip(), bytes, outcome);
            }
            return errors;
        }).show();
    }

    private static Integer wholeNumber(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
