package dev.berth.ui.autoscaling;

import dev.berth.core.gateway.MessageBurst;
import dev.berth.core.model.CustomizedMetricSpecification;
import dev.berth.core.model.LoadProfile;
import dev.berth.core.model.LoadShape;
import dev.berth.core.model.PredefinedMetricSpecification;
import dev.berth.core.model.PutScalingPolicyRequest;
import dev.berth.core.model.PutScheduledActionRequest;
import dev.berth.core.model.ScalableTarget;
import dev.berth.core.model.ScalableTargetAction;
import dev.berth.core.model.ScalingNames;
import dev.berth.core.model.StepAdjustment;
import dev.berth.core.model.StepScalingPolicyConfiguration;
import dev.berth.core.model.TargetTrackingScalingPolicyConfiguration;
import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.common.FormDialog;
import dev.berth.ui.common.FormGrid;
import dev.berth.ui.common.Outcome;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.stage.Window;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/** The auto scaling tab's dialogs: capacity, target tracking and step policies, scheduled actions, load. */
final class ScalingDialogs {
    private static final int MAX_TASKS = 5000;
    private static final int MAX_COOLDOWN = 86_400;
    /** The customized metric AWS documents for queue workers: ApproximateNumberOfMessagesVisible / RunningTaskCount. */
    private static final String BACKLOG_PER_TASK = "Backlog per task (SQS)";
    private static final List<String> METRIC_CHOICES = List.of(ScalingNames.CPU, ScalingNames.MEMORY,
            ScalingNames.REQUESTS_PER_TARGET, BACKLOG_PER_TASK);
    private static final String ABOVE = "at or above the threshold";
    private static final String BELOW = "below the threshold";
    private static final List<String> ADJUSTMENTS = List.of("ChangeInCapacity", "PercentChangeInCapacity",
            "ExactCapacity");
    private static final List<String> SHAPES = List.of("Constant", "Ramp", "Daily wave", "Spike");

    private ScalingDialogs() {
    }

    /** Registers the scalable target, or changes its capacities. */
    static void capacity(Window owner, AutoScalingViewModel viewModel, ScalableTarget current) {
        StringProperty min = new SimpleStringProperty(current == null ? "1" : String.valueOf(current.minCapacity()));
        StringProperty max = new SimpleStringProperty(current == null ? "4" : String.valueOf(current.maxCapacity()));
        FormGrid grid = new FormGrid();
        grid.addNumber("min", "Minimum tasks", "autoscaling-min", min);
        grid.addNumber("max", "Maximum tasks", "autoscaling-max", max);
        new FormDialog(owner, "Auto scaling capacity of " + viewModel.name(), current == null ? "Register" : "Save",
                grid, grid, outcome -> {
            FormNumbers numbers = new FormNumbers();
            Integer low = numbers.whole("min", min.get(), 0, MAX_TASKS);
            Integer high = numbers.whole("max", max.get(), 0, MAX_TASKS);
            if (low != null && high != null && low > high) {
                numbers.errors().add("max", "The maximum cannot be below the minimum.");
            }
            if (numbers.errors().isEmpty()) {
                viewModel.setCapacity(low, high, outcome);
            }
            return numbers.errors();
        }).show();
    }

    /** On a predefined metric, or on the backlog per task of an SQS queue (the service's worker queue proposed). */
    static void targetTracking(Window owner, AutoScalingViewModel viewModel) {
        StringProperty name = new SimpleStringProperty("cpu-target-tracking");
        StringProperty metric = new SimpleStringProperty(ScalingNames.CPU);
        StringProperty target = new SimpleStringProperty("50");
        StringProperty label = new SimpleStringProperty("");
        StringProperty queue = new SimpleStringProperty(viewModel.workerQueueName().orElse(""));
        StringProperty outCooldown = new SimpleStringProperty("300");
        StringProperty inCooldown = new SimpleStringProperty("300");
        BooleanProperty disableScaleIn = new SimpleBooleanProperty(false);
        FormGrid grid = new FormGrid();
        grid.addText("name", "Policy name", "autoscaling-policy-name", name);
        grid.addChoice("metric", "Metric", "autoscaling-policy-metric", METRIC_CHOICES, metric);
        grid.addNumber("target", "Target value", "autoscaling-policy-target", target);
        grid.addText("label", "Target group (ALB only)", "autoscaling-policy-label", label)
                .setPromptText("app/<load-balancer>/<id>/targetgroup/<target-group>/<id>");
        grid.addText("queue", "Queue (backlog only)", "autoscaling-policy-queue", queue)
                .setPromptText("the SQS queue's name");
        grid.addNumber("outCooldown", "Scale-out cooldown (s)", "autoscaling-policy-out-cooldown", outCooldown);
        grid.addNumber("inCooldown", "Scale-in cooldown (s)", "autoscaling-policy-in-cooldown", inCooldown);
        grid.addCheck("disableScaleIn", "", "autoscaling-policy-disable-scale-in", "Disable scale-in",
                disableScaleIn);
        new FormDialog(owner, "Add target tracking policy", "Add", grid, grid, outcome -> {
            FormNumbers numbers = new FormNumbers();
            numbers.require("name", name.get(), "Enter a policy name.");
            Double value = numbers.decimal("target", target.get(), 0);
            Integer out = numbers.whole("outCooldown", outCooldown.get(), 0, MAX_COOLDOWN);
            Integer in = numbers.whole("inCooldown", inCooldown.get(), 0, MAX_COOLDOWN);
            boolean alb = ScalingNames.REQUESTS_PER_TARGET.equals(metric.get());
            boolean backlog = BACKLOG_PER_TASK.equals(metric.get());
            if (alb) {
                numbers.require("label", label.get(), "ALBRequestCountPerTarget needs the target group's label.");
            }
            if (backlog) {
                numbers.require("queue", queue.get(), "The backlog per task needs the queue's name.");
            }
            if (numbers.errors().isEmpty()) {
                CustomizedMetricSpecification customized = backlog ? CustomizedMetricSpecification.backlogPerTask(
                        queue.get().strip(), viewModel.cluster(), viewModel.name()) : null;
                PredefinedMetricSpecification predefined = backlog ? null
                        : new PredefinedMetricSpecification(metric.get(), alb ? label.get().strip() : null);
                viewModel.putPolicy(PutScalingPolicyRequest.targetTracking(viewModel.cluster(), viewModel.name(),
                        name.get().strip(), new TargetTrackingScalingPolicyConfiguration(value, predefined, out, in,
                                disableScaleIn.get(), customized)), outcome);
            }
            return numbers.errors();
        }).show();
    }

    /** One step on one alarm, which is made too (one-minute datapoints, 1 of 1). */
    static void step(Window owner, AutoScalingViewModel viewModel) {
        StringProperty name = new SimpleStringProperty("cpu-step-out");
        StringProperty metric = new SimpleStringProperty("CPUUtilization");
        StringProperty direction = new SimpleStringProperty(ABOVE);
        StringProperty threshold = new SimpleStringProperty("70");
        StringProperty adjustmentType = new SimpleStringProperty("ChangeInCapacity");
        StringProperty adjustment = new SimpleStringProperty("1");
        StringProperty cooldown = new SimpleStringProperty("300");
        FormGrid grid = new FormGrid();
        grid.addText("name", "Policy name", "autoscaling-step-name", name);
        grid.addChoice("metric", "Alarm metric", "autoscaling-step-metric", AutoScalingViewModel.ALARM_METRICS,
                metric);
        grid.addChoice("direction", "Alarm when", "autoscaling-step-direction", List.of(ABOVE, BELOW), direction);
        grid.addNumber("threshold", "Threshold", "autoscaling-step-threshold", threshold);
        grid.addChoice("adjustmentType", "Adjustment type", "autoscaling-step-type", ADJUSTMENTS, adjustmentType);
        grid.addNumber("adjustment", "Adjustment", "autoscaling-step-adjustment", adjustment);
        grid.addNumber("cooldown", "Cooldown (s)", "autoscaling-step-cooldown", cooldown);
        new FormDialog(owner, "Add step scaling policy", "Add", grid, grid, outcome -> {
            FormNumbers numbers = new FormNumbers();
            numbers.require("name", name.get(), "Enter a policy name.");
            Double limit = numbers.decimal("threshold", threshold.get(), -1);
            Integer change = numbers.whole("adjustment", adjustment.get(), -MAX_TASKS, MAX_TASKS);
            Integer wait = numbers.whole("cooldown", cooldown.get(), 0, MAX_COOLDOWN);
            if (numbers.errors().isEmpty()) {
                boolean above = ABOVE.equals(direction.get());
                StepAdjustment step = above ? new StepAdjustment(0.0, null, change)
                        : new StepAdjustment(null, 0.0, change);
                String policy = name.get().strip();
                viewModel.putStepPolicy(PutScalingPolicyRequest.step(viewModel.cluster(), viewModel.name(), policy,
                                new StepScalingPolicyConfiguration(adjustmentType.get(), List.of(step), null, wait,
                                        "Average")),
                        policy + "-alarm", metric.get(), above ? "GreaterThanOrEqualToThreshold"
                                : "LessThanThreshold", limit, outcome);
            }
            return numbers.errors();
        }).show();
    }

    static void scheduledAction(Window owner, AutoScalingViewModel viewModel) {
        StringProperty name = new SimpleStringProperty("business-hours");
        StringProperty schedule = new SimpleStringProperty("cron(0 8 ? * MON-FRI *)");
        StringProperty timezone = new SimpleStringProperty("");
        StringProperty min = new SimpleStringProperty("");
        StringProperty max = new SimpleStringProperty("");
        FormGrid grid = new FormGrid();
        grid.addText("name", "Name", "autoscaling-scheduled-name", name);
        grid.addText("schedule", "Schedule", "autoscaling-scheduled-schedule", schedule)
                .setPromptText("at(2026-12-01T08:00:00), rate(1 hour) or cron(0 8 ? * MON-FRI *)");
        grid.addText("timezone", "Time zone", "autoscaling-scheduled-timezone", timezone).setPromptText("UTC");
        grid.addNumber("min", "Minimum tasks", "autoscaling-scheduled-min", min);
        grid.addNumber("max", "Maximum tasks", "autoscaling-scheduled-max", max);
        new FormDialog(owner, "Add scheduled action", "Add", grid, grid, outcome -> {
            FormNumbers numbers = new FormNumbers();
            numbers.require("name", name.get(), "Enter a name.");
            numbers.require("schedule", schedule.get(), "Enter a schedule.");
            Integer low = numbers.optionalWhole("min", min.get(), 0, MAX_TASKS);
            Integer high = numbers.optionalWhole("max", max.get(), 0, MAX_TASKS);
            if (low == null && high == null && numbers.errors().isEmpty()) {
                numbers.errors().add("min", "Set a minimum, a maximum or both.");
            }
            if (numbers.errors().isEmpty()) {
                viewModel.putScheduledAction(PutScheduledActionRequest.ecsService(viewModel.cluster(),
                        viewModel.name(), name.get().strip(), schedule.get().strip(),
                        timezone.get().isBlank() ? null : timezone.get().strip(),
                        new ScalableTargetAction(low, high)), outcome);
            }
            return numbers.errors();
        }).show();
    }

    /** SendMessageBatch calls sending the service's queue a burst of messages, as a producer would. */
    static void sendMessages(Window owner, AutoScalingViewModel viewModel, String queueName) {
        StringProperty count = new SimpleStringProperty("100");
        StringProperty body = new SimpleStringProperty("job");
        FormGrid grid = new FormGrid();
        grid.addNumber("count", "Messages", "autoscaling-send-count", count);
        grid.addText("body", "Message body", "autoscaling-send-body", body)
                .setPromptText("each message gets its number after this text");
        new FormDialog(owner, "Send messages to queue " + queueName, "Send", grid, grid, outcome -> {
            FormNumbers numbers = new FormNumbers();
            Integer messages = numbers.whole("count", count.get(), 1, MessageBurst.MAX_MESSAGES);
            numbers.require("body", body.get(), "Enter the text of the messages.");
            if (numbers.errors().isEmpty()) {
                viewModel.sendMessages(messages, body.get().strip(), outcome);
            }
            return numbers.errors();
        }).show();
    }

    /** Simulator only: the load the service receives, starting now. */
    static void load(Window owner, AutoScalingViewModel viewModel, LoadProfile current) {
        shapedLoad(owner, "Load on " + viewModel.name() + " (simulator)", "requests",
                "One task at 100 % CPU (requests/min)", current, viewModel.simulatedNow().orElseThrow(),
                viewModel::setLoadProfile);
    }

    /** Simulator only: the messages a producer sends the service's queue, starting now. */
    static void producerLoad(Window owner, AutoScalingViewModel viewModel, String queueName, LoadProfile current) {
        shapedLoad(owner, "Producer load on queue " + queueName + " (simulator)", "messages",
                "One task processes (messages/min)", current, viewModel.simulatedNow().orElseThrow(),
                viewModel::setProducerLoad);
    }

    /** A load of {@code unit} a minute shaped over time, applied from {@code now}. */
    private static void shapedLoad(Window owner, String title, String unit, String perTaskLabel,
                                   LoadProfile current, Instant now, BiConsumer<LoadProfile, Outcome> apply) {
        StringProperty shape = new SimpleStringProperty(current == null ? "Spike" : label(current.shape()));
        StringProperty base = new SimpleStringProperty(current == null ? "300"
                : String.valueOf((long) current.baseRequestsPerMinute()));
        StringProperty peak = new SimpleStringProperty(current == null ? "2400"
                : String.valueOf((long) current.peakRequestsPerMinute()));
        StringProperty minutes = new SimpleStringProperty(current == null ? "20"
                : String.valueOf(current.durationMinutes()));
        StringProperty capacity = new SimpleStringProperty(current == null
                ? String.valueOf((long) LoadProfile.DEFAULT_TASK_CAPACITY)
                : String.valueOf((long) current.requestsPerTaskAtFullCpu()));
        FormGrid grid = new FormGrid();
        grid.addChoice("shape", "Shape", "autoscaling-load-shape", SHAPES, shape);
        grid.addNumber("base", "Base (" + unit + "/min)", "autoscaling-load-base", base);
        grid.addNumber("peak", "Peak (" + unit + "/min)", "autoscaling-load-peak", peak);
        grid.addNumber("minutes", "Ramp or spike (min)", "autoscaling-load-minutes", minutes);
        grid.addNumber("capacity", perTaskLabel, "autoscaling-load-capacity", capacity);
        new FormDialog(owner, title, "Apply", grid, grid, outcome -> {
            FormNumbers numbers = new FormNumbers();
            Integer low = numbers.whole("base", base.get(), 0, Integer.MAX_VALUE);
            Integer high = numbers.whole("peak", peak.get(), 0, Integer.MAX_VALUE);
            Integer length = numbers.whole("minutes", minutes.get(), 0, (int) Duration.ofDays(7).toMinutes());
            Integer perTask = numbers.whole("capacity", capacity.get(), 1, Integer.MAX_VALUE);
            FieldErrors errors = numbers.errors();
            if (errors.isEmpty()) {
                apply.accept(new LoadProfile(shape(shape.get()), low, high, now, length, perTask), outcome);
            }
            return errors;
        }).show();
    }

    static String label(LoadShape shape) {
        return SHAPES.get(shape.ordinal());
    }

    private static LoadShape shape(String label) {
        return LoadShape.valueOf(label.toUpperCase(Locale.ROOT).replace(' ', '_'));
    }
}
