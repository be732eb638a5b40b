package dev.berth.ui.clusters;

import dev.berth.core.model.ContainerInstance;
import dev.berth.ui.common.ModelRow;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/** One container instance of the selected cluster: what it registered, what is left, what runs there. */
public final class ContainerInstanceRow extends ModelRow<ContainerInstance> {
    private final StringProperty instanceId = new SimpleStringProperty(this, "instanceId");
    private final StringProperty instanceType = new SimpleStringProperty(this, "instanceType");
    private final StringProperty zone = new SimpleStringProperty(this, "zone");
    private final StringProperty status = new SimpleStringProperty(this, "status");
    private final StringProperty agent = new SimpleStringProperty(this, "agent");
    private final IntegerProperty runningTasks = new SimpleIntegerProperty(this, "runningTasks");
    private final StringProperty cpu = new SimpleStringProperty(this, "cpu");
    private final StringProperty memory = new SimpleStringProperty(this, "memory");

    public ContainerInstanceRow(String id) {
        super(id);
    }

    @Override
    protected void show(ContainerInstance instance) {
        instanceId.set(instance.ec2InstanceId());
        instanceType.set(instance.attribute("ecs.instance-type"));
        zone.set(instance.attribute("ecs.availability-zone"));
        status.set(instance.status());
        agent.set(instance.agentConnected() ? "Connected" : "Disconnected");
        runningTasks.set(instance.runningTasksCount());
        cpu.set(instance.remaining("CPU") + " of " + instance.registered("CPU"));
        memory.set(instance.remaining("MEMORY") + " of " + instance.registered("MEMORY") + " MiB");
    }

    @Override
    protected Iterable<String> searchableText(ContainerInstance instance) {
        return List.of(instance.ec2InstanceId(), instance.status());
    }

    public String instanceId() {
        return instanceId.get();
    }

    public String status() {
        return status.get();
    }

    public String memory() {
        return memory.get();
    }

    public ReadOnlyStringProperty instanceIdProperty() {
        return instanceId;
    }

    public ReadOnlyStringProperty instanceTypeProperty() {
        return instanceType;
    }

    public ReadOnlyStringProperty zoneProperty() {
        return zone;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty agentProperty() {
        return agent;
    }

    public ReadOnlyIntegerProperty runningTasksProperty() {
        return runningTasks;
    }

    public ReadOnlyStringProperty cpuProperty() {
        return cpu;
    }

    public ReadOnlyStringProperty memoryProperty() {
        return memory;
    }
}
