package dev.berth.ui.apprunner;

import dev.berth.core.gateway.AppRunnerGateway;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.gateway.SimulationClock;
import dev.berth.core.model.AppRunnerService;
import dev.berth.core.model.AppRunnerServiceMetrics;
import dev.berth.core.model.Metric;
import dev.berth.core.model.MetricDataQuery;
import dev.berth.core.model.MetricDataResult;
import dev.berth.core.model.OperationSummary;
import dev.berth.core.model.Page;
import dev.berth.core.model.ServiceSummary;
import dev.berth.ui.common.AreaModel;
import dev.berth.ui.common.BackgroundTasks;
import dev.berth.ui.common.ChangeRunner;
import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.common.FilteredRows;
import dev.berth.ui.common.Messages;
import dev.berth.ui.common.Outcome;
import dev.berth.ui.common.Refresher;
import dev.berth.ui.common.WhileShown;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The App Runner area: every service of the account and region with its instances, the operations of the selected
 * one (read while the Operations tab is on screen); create, pause, resume and delete. App Runner answers a change at
 * once and works on it for minutes, so the table shows OPERATION_IN_PROGRESS until a later refresh finds the outcome.
 */
public final class AppRunnerViewModel implements AreaModel {
    /** What AWS announced, shown above the services wherever the backend is. */
    public static final String AVAILABILITY_NOTICE = "AWS App Runner is closed to new customers since 30 April 2026."
            + " Existing customers can keep using it, but it gets no new features. For new applications AWS "
            + "recommends Amazon ECS Express Mode, which runs a container image as an ECS service on Fargate with a "
            + "load balancer and auto scaling.";

    /** How far back the latest ActiveInstances and Concurrency datapoints are looked for. */
    static final int METRICS_MINUTES = 5;

    private final AppRunnerGateway appRunner;
    /** Asked at each use: the backend behind it may switch between the simulator and AWS. */
    private final Gateway gateway;
    private final Clock clock;
    private final Refresher refresher;
    private final ChangeRunner changes;
    private final FilteredRows<ServiceReading, AppRunnerServiceRow> rows =
            new FilteredRows<>(reading -> reading.service().serviceArn(), AppRunnerServiceRow::new);
    private final FilteredRows<OperationSummary, OperationRow> operations =
            new FilteredRows<>(OperationSummary::id, OperationRow::new);
    private final ObjectProperty<ServiceReading> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper actionError = new ReadOnlyStringWrapper(this, "actionError");
    private final ReadOnlyStringWrapper metricsNote = new ReadOnlyStringWrapper(this, "metricsNote");
    private final WhileShown operationsOnScreen = new WhileShown(this::refresh);

    /**
     * What one refresh read: the services, the operations of the one selected when it started (null when the
     * Operations tab was not on screen), and why the services' metrics could not be read (null when they were).
     */
    private record Reading(List<ServiceReading> services, List<OperationSummary> operations, String metricsNote) {
    }

    public AppRunnerViewModel(Gateway gateway, BackgroundTasks background, Clock clock) {
        this.appRunner = gateway.appRunner();
        this.gateway = gateway;
        this.clock = clock;
        this.refresher = new Refresher(background, clock);
        this.changes = new ChangeRunner(background);
        selected.addListener((observable, old, reading) -> {
            boolean sameService = old != null && reading != null
                    && old.service().serviceArn().equals(reading.service().serviceArn());
            if (!sameService) {
                operations.clear();
                refresh();
            }
        });
    }

    @Override
    public void refresh() {
        ServiceReading chosen = selected.get();
        String selectedArn = chosen == null ? null : chosen.service().serviceArn();
        boolean withOperations = operationsOnScreen.isShown();
        refresher.read(() -> read(selectedArn, withOperations), reading -> {
            rows.update(reading.services());
            if (reading.operations() != null) {
                operations.update(reading.operations());
            }
            metricsNote.set(reading.metricsNote());
        }, Messages::explain);
    }

    private Reading read(String selectedArn, boolean withOperations) {
        List<ServiceReading> services = new ArrayList<>();
        String unreadMetrics = null;
        for (ServiceSummary summary : Page.all(token -> appRunner.listServices(token, AppRunnerGateway.LIST_LIMIT))) {
            String arn = summary.serviceArn();
            AppRunnerService service = appRunner.describeService(arn);
            AppRunnerServiceMetrics metrics = null;
            if (unreadMetrics == null) {
                // The figures are secondary: without them the services are still worth showing.
                try {
                    metrics = latestMetrics(service);
                } catch (GatewayException e) {
                    unreadMetrics = e.getMessage();
                }
            }
            services.add(new ServiceReading(service, metrics));
        }
        List<OperationSummary> history = !withOperations ? null : selectedArn == null ? List.of()
                : Page.all(token -> appRunner.listOperations(selectedArn, token, AppRunnerGateway.LIST_LIMIT));
        return new Reading(services, history, unreadMetrics);
    }

    /**
     * The service's latest ActiveInstances and Concurrency from CloudWatch (AWS/AppRunner), one GetMetricData call;
     * App Runner's own API does not show instances. Zero for a metric without a recent datapoint.
     */
    private AppRunnerServiceMetrics latestMetrics(AppRunnerService service) {
        Instant end = gateway.simulationClock().map(SimulationClock::now).orElseGet(clock::instant)
                .truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        List<MetricDataQuery> queries = List.of(
                MetricDataQuery.perMinute("instances", Metric.appRunnerService("ActiveInstances",
                        service.serviceName(), service.serviceId()), "Maximum"),
                MetricDataQuery.perMinute("concurrency", Metric.appRunnerService("Concurrency",
                        service.serviceName(), service.serviceId()), "Maximum"));
        List<MetricDataResult> results = Page.all(token -> gateway.cloudWatch().getMetricData(queries,
                end.minus(METRICS_MINUTES, ChronoUnit.MINUTES), end, token));
        Instant latest = results.stream().flatMap(r -> r.timestamps().stream()).max(Instant::compareTo).orElse(null);
        return new AppRunnerServiceMetrics(latest, (int) last(results.get(0)), (int) last(results.get(1)));
    }

    private static double last(MetricDataResult result) {
        return result.values().isEmpty() ? 0 : result.values().get(result.values().size() - 1);
    }

    public FieldErrors create(CreateAppRunnerServiceForm form, Outcome outcome) {
        FieldErrors errors = form.validate();
        if (errors.isEmpty()) {
            changes.run(() -> appRunner.createService(form.toRequest()), Messages::explain, outcome,
                    created -> refresh());
        }
        return errors;
    }

    public void pause(String serviceArn) {
        act(() -> appRunner.pauseService(serviceArn));
    }

    public void resume(String serviceArn) {
        act(() -> appRunner.resumeService(serviceArn));
    }

    public void delete(String serviceArn, Outcome outcome) {
        changes.run(() -> appRunner.deleteService(serviceArn), Messages::explain, outcome, deleted -> refresh());
    }

    /** A change asked for without a dialog: its failure shows above the table until the next change. */
    private void act(Callable<?> change) {
        actionError.set(null);
        changes.run(change, Messages::explain, new Outcome() {
            @Override
            public void succeeded() {
                refresh();
            }

            @Override
            public void failed(String message) {
                actionError.set(message);
            }
        }, done -> { });
    }

    public FilteredRows<ServiceReading, AppRunnerServiceRow> rows() {
        return rows;
    }

    public FilteredRows<OperationSummary, OperationRow> operations() {
        return operations;
    }

    /** The Operations tab: the selected service's operations are read only while it is on screen. */
    public WhileShown operationsOnScreen() {
        return operationsOnScreen;
    }

    /** The service whose details and operations are shown; the view binds it to the table selection. */
    public ObjectProperty<ServiceReading> selectedProperty() {
        return selected;
    }

    /** Why the services' instances and concurrency are not shown, or null while they are. */
    public ReadOnlyStringProperty metricsNoteProperty() {
        return metricsNote.getReadOnlyProperty();
    }

    /** Why the last pause or resume failed, or null. */
    public ReadOnlyStringProperty actionErrorProperty() {
        return actionError.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty errorProperty() {
        return refresher.errorProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Instant> refreshedAtProperty() {
        return refresher.refreshedAtProperty();
    }
}
