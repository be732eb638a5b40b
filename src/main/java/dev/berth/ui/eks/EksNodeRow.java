package dev.berth.ui.eks;

import dev.berth.core.model.EksNode;
import dev.berth.ui.common.ModelRow;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Instant;
import java.util.List;

/** One node of the selected node group: its EC2 instance and its Kubernetes status. */
public final class EksNodeRow extends ModelRow<EksNode> {
    /** The status shown where only EC2 was asked (real AWS): the Kubernetes node's conditions take kubectl. */
    static final String STATUS_NOT_KNOWN = "Not known (kubectl)";
    private final StringProperty nodeName = new SimpleStringProperty(this, "nodeName");
    private final StringProperty instanceId = new SimpleStringProperty(this, "instanceId");
    private final StringProperty status = new SimpleStringProperty(this, "status");
    private final StringProperty instanceState = new SimpleStringProperty(this, "instanceState");
    private final StringProperty instanceType = new SimpleStringProperty(this, "instanceType");
    private final StringProperty capacityType = new SimpleStringProperty(this, "capacityType");
    private final StringProperty availabilityZone = new SimpleStringProperty(this, "availabilityZone");
    private final ObjectProperty<Instant> launchTime = new SimpleObjectProperty<>(this, "launchTime");

    public EksNodeRow(String instanceId) {
        super(instanceId);
    }

    @Override
    protected void show(EksNode node) {
        nodeName.set(node.nodeName());
        instanceId.set(node.instanceId());
        status.set(node.statusKnown() ? node.status() : STATUS_NOT_KNOWN);
        instanceState.set(node.instanceState());
        instanceType.set(node.instanceType());
        capacityType.set(node.capacityType());
        availabilityZone.set(node.availabilityZone());
        launchTime.set(node.launchTime());
    }

    @Override
    protected Iterable<String> searchableText(EksNode node) {
        return List.of(node.nodeName(), node.instanceId(), node.statusKnown() ? node.status() : "",
                node.availabilityZone());
    }

    public ReadOnlyStringProperty nodeNameProperty() {
        return nodeName;
    }

    public ReadOnlyStringProperty instanceIdProperty() {
        return instanceId;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty instanceStateProperty() {
        return instanceState;
    }

    public ReadOnlyStringProperty instanceTypeProperty() {
        return instanceType;
    }

    public ReadOnlyStringProperty capacityTypeProperty() {
        return capacityType;
    }

    public ReadOnlyStringProperty availabilityZoneProperty() {
        return availabilityZone;
    }

    public ReadOnlyObjectProperty<Instant> launchTimeProperty() {
        return launchTime;
    }
}
