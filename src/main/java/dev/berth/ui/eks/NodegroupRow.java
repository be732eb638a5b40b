package dev.berth.ui.eks;

import dev.berth.core.model.Nodegroup;
import dev.berth.core.model.NodegroupHealth;
import dev.berth.ui.common.ModelRow;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.stream.Collectors;

/** One managed node group of the selected cluster; its id is its name. */
public final class NodegroupRow extends ModelRow<NodegroupSummary> {
    /** What "Nodes ready" counts as ready where the nodes' Kubernetes status is not known (real AWS). */
    static final String READY_NOT_KNOWN = "?";
    private final StringProperty name = new SimpleStringProperty(this, "name");
    private final StringProperty status = new SimpleStringProperty(this, "status");
    private final StringProperty instanceTypes = new SimpleStringProperty(this, "instanceTypes");
    private final StringProperty capacityType = new SimpleStringProperty(this, "capacityType");
    private final IntegerProperty minSize = new SimpleIntegerProperty(this, "minSize");
    private final IntegerProperty maxSize = new SimpleIntegerProperty(this, "maxSize");
    private final IntegerProperty desiredSize = new SimpleIntegerProperty(this, "desiredSize");
    private final StringProperty nodesReady = new SimpleStringProperty(this, "nodesReady");
    private final StringProperty version = new SimpleStringProperty(this, "version");
    private final StringProperty health = new SimpleStringProperty(this, "health");

    public NodegroupRow(String name) {
        super(name);
    }

    @Override
    protected void show(NodegroupSummary summary) {
        Nodegroup group = summary.nodegroup();
        name.set(group.nodegroupName());
        status.set(group.status());
        instanceTypes.set(String.join(", ", group.instanceTypes()));
        capacityType.set(group.capacityType());
        minSize.set(group.scalingConfig().minSize());
        maxSize.set(group.scalingConfig().maxSize());
        desiredSize.set(group.scalingConfig().desiredSize());
        nodesReady.set((summary.readyNodes() == null ? READY_NOT_KNOWN : summary.readyNodes()) + " / "
                + summary.totalNodes());
        version.set(group.version());
        health.set(group.health().issues().stream().map(NodegroupHealth.Issue::code)
                .collect(Collectors.joining(", ")));
    }

    @Override
    protected Iterable<String> searchableText(NodegroupSummary summary) {
        return List.of(summary.nodegroup().nodegroupName(), summary.nodegroup().status(),
                String.join(" ", summary.nodegroup().instanceTypes()));
    }

    public String name() {
        return name.get();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty instanceTypesProperty() {
        return instanceTypes;
    }

    public ReadOnlyStringProperty capacityTypeProperty() {
        return capacityType;
    }

    public ReadOnlyIntegerProperty minSizeProperty() {
        return minSize;
    }

    public ReadOnlyIntegerProperty maxSizeProperty() {
        return maxSize;
    }

    public ReadOnlyIntegerProperty desiredSizeProperty() {
        return desiredSize;
    }

    /** "ready / total", as the table shows it; "{@value #READY_NOT_KNOWN} / total" where readiness is not known. */
    public ReadOnlyStringProperty nodesReadyProperty() {
        return nodesReady;
    }

    public ReadOnlyStringProperty versionProperty() {
        return version;
    }

    public ReadOnlyStringProperty healthProperty() {
        return health;
    }
}
