package dev.berth.ui.rollout;

import dev.berth.core.gateway.FaultInjection;
import dev.berth.core.model.Fault;
import dev.berth.core.model.FaultKind;
import dev.berth.core.model.FaultScope;
import dev.berth.core.model.InjectFaultRequest;
import dev.berth.ui.common.BackgroundTasks;
import dev.berth.ui.common.ErrorContext;
import dev.berth.ui.common.FilteredRows;
import dev.berth.ui.common.Messages;
import dev.berth.ui.common.Refresher;
import dev.berth.ui.common.ResourceNames;
import dev.berth.ui.common.WhileShown;
import dev.berth.ui.common.WholeNumber;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;

/**
 * The Faults tab (simulator only): the cluster's active faults, and a form to inject one into the selected service
 * or the whole cluster, optionally only for one revision and a number of times. Failures are shown as sentences.
 */
public final class FaultsViewModel {
    private static final int MOST_OCCURRENCES = 1000;

    private final FaultInjection faults;
    private final String region;
    private final BackgroundTasks background;
    private final Refresher refresher;
    private final FilteredRows<Fault, FaultRow> rows = new FilteredRows<>(Fault::id, FaultRow::new);
    private final ObjectProperty<FaultKind> kind = new SimpleObjectProperty<>(this, "kind",
            FaultKind.IMAGE_PULL_TAG_NOT_FOUND);
    private final BooleanProperty wholeCluster = new SimpleBooleanProperty(this, "wholeCluster");
    private final StringProperty taskDefinition = new SimpleStringProperty(this, "taskDefinition", "");
    private final StringProperty occurrences = new SimpleStringProperty(this, "occurrences", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyStringWrapper service = new ReadOnlyStringWrapper(this, "service");
    private String cluster;
    private final WhileShown onScreen = new WhileShown(() -> refresh(cluster, service.get()));

    public FaultsViewModel(FaultInjection faults, String region, BackgroundTasks background, Clock wallClock) {
        this.faults = faults;
        this.region = region;
        this.background = background;
        this.refresher = new Refresher(background, wallClock);
    }

    /** Re-reads the active faults of {@code clusterName}; {@code serviceName} (or null) is where a new one goes. */
    public void refresh(String clusterName, String serviceName) {
        cluster = clusterName;
        service.set(serviceName);
        if (clusterName == null) {
            rows.clear();
            return;
        }
        if (!onScreen.isShown()) {
            return;
        }
        refresher.read(() -> faults.listFaults().stream()
                        .filter(f -> ResourceNames.lastSegment(f.scope().cluster()).equals(clusterName)).toList(),
                rows::update, failure -> Messages.explain(failure, ErrorContext.in(region).cluster(clusterName)));
    }

    /** Injects what the form says; a mistake in the form or a refusal is shown in {@link #messageProperty()}. */
    public void inject() {
        Integer times = occurrences.get() == null || occurrences.get().isBlank() ? null
                : WholeNumber.parse(occurrences.get(), 1, MOST_OCCURRENCES);
        if (times == null && occurrences.get() != null && !occurrences.get().isBlank()) {
            message.set("Times: " + WholeNumber.rangeMessage(1, MOST_OCCURRENCES) + " Leave it empty for "
                    + "\"until cleared\".");
            return;
        }
        if (cluster == null || !wholeCluster.get() && service.get() == null) {
            message.set("Select a service first, or choose the whole cluster.");
            return;
        }
        FaultScope scope = wholeCluster.get() ? FaultScope.cluster(cluster)
                : FaultScope.service(cluster, service.get());
        String revision = taskDefinition.get() == null ? "" : taskDefinition.get().strip();
        InjectFaultRequest request = new InjectFaultRequest(kind.get(),
                revision.isEmpty() ? scope : scope.withTaskDefinition(revision), times);
        String where = cluster;
        String serviceName = service.get();
        background.run(() -> faults.injectFault(request), fault -> {
            message.set(FaultKindText.of(fault.kind()).title() + " is armed.");
            refresh(where, serviceName);
        }, failure -> message.set(Messages.explain(failure, ErrorContext.in(region).cluster(where)
                .service(serviceName).taskDefinition(revision.isEmpty() ? null : revision))));
    }

    public void clear(String faultId) {
        String where = cluster;
        String serviceName = service.get();
        background.run(() -> faults.clearFault(faultId), fault -> {
            message.set(FaultKindText.of(fault.kind()).title() + " is cleared.");
            refresh(where, serviceName);
        }, failure -> message.set(Messages.explain(failure, ErrorContext.in(region).cluster(where))));
    }

    /** Whether the tab is on screen: the tab's data is read only while it is. */
    public WhileShown onScreen() {
        return onScreen;
    }

    public FilteredRows<Fault, FaultRow> rows() {
        return rows;
    }

    public ObjectProperty<FaultKind> kindProperty() {
        return kind;
    }

    /** True: the fault strikes every service of the cluster; false: the selected service only. */
    public BooleanProperty wholeClusterProperty() {
        return wholeCluster;
    }

    /** Only tasks of this revision ({@code family:revision}); empty: any. */
    public StringProperty taskDefinitionProperty() {
        return taskDefinition;
    }

    /** How many times it strikes; empty: until cleared. */
    public StringProperty occurrencesProperty() {
        return occurrences;
    }

    /** How the last inject or clear went, or why the list could not be read. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return refresher.errorProperty();
    }

    /** The service a fault for "this service" goes to, or null. */
    public ReadOnlyStringProperty serviceProperty() {
        return service.getReadOnlyProperty();
    }
}
