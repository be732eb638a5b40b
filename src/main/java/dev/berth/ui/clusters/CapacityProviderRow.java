package dev.berth.ui.clusters;

import dev.berth.core.model.AutoScalingGroup;
import dev.berth.core.model.AutoScalingGroupProvider;
import dev.berth.core.model.ManagedScaling;
import dev.berth.ui.common.ModelRow;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Locale;

/** One capacity provider of the selected cluster: its managed scaling and the reservation metric's latest value. */
public final class CapacityProviderRow extends ModelRow<ProviderCapacity> {
    private final StringProperty name = new SimpleStringProperty(this, "name");
    private final StringProperty managedScaling = new SimpleStringProperty(this, "managedScaling");
    private final StringProperty steps = new SimpleStringProperty(this, "steps");
    private final StringProperty protection = new SimpleStringProperty(this, "protection");
    private final StringProperty reservation = new SimpleStringProperty(this, "reservation");
    private final StringProperty groupSize = new SimpleStringProperty(this, "groupSize");

    public CapacityProviderRow(String id) {
        super(id);
    }

    @Override
    protected void show(ProviderCapacity capacity) {
        name.set(capacity.provider().name());
        AutoScalingGroupProvider group = capacity.provider().autoScalingGroupProvider();
        if (group == null) {
            managedScaling.set("Fargate");
            steps.set("");
            protection.set("");
        } else {
            ManagedScaling scaling = group.managedScaling();
            managedScaling.set("ENABLED".equals(scaling.status()) ? "Target " + scaling.targetCapacity() + " %"
                    : "Off");
            steps.set(scaling.minimumScalingStepSize() + "–" + scaling.maximumScalingStepSize() + " instances, "
                    + scaling.instanceWarmupPeriod() + " s warm-up");
            protection.set("termination protection " + group.managedTerminationProtection().toLowerCase(Locale.ROOT)
                    + ", draining " + group.managedDraining().toLowerCase(Locale.ROOT));
        }
        AutoScalingGroup asg = capacity.group();
        groupSize.set(asg == null ? "" : asg.minSize() + " / " + asg.desiredCapacity() + " / " + asg.maxSize());
        Double latest = capacity.latest(CapacityViewModel.RESERVATION);
        reservation.set(latest == null ? "" : String.format("%.0f %%", latest));
    }

    @Override
    protected Iterable<String> searchableText(ProviderCapacity capacity) {
        return List.of(capacity.provider().name());
    }

    public String name() {
        return name.get();
    }

    public String managedScaling() {
        return managedScaling.get();
    }

    public String reservation() {
        return reservation.get();
    }

    /** The Auto Scaling group's minimum / desired / maximum size, or empty. */
    public String groupSize() {
        return groupSize.get();
    }

    public ReadOnlyStringProperty groupSizeProperty() {
        return groupSize;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty managedScalingProperty() {
        return managedScaling;
    }

    public ReadOnlyStringProperty stepsProperty() {
        return steps;
    }

    public ReadOnlyStringProperty protectionProperty() {
        return protection;
    }

    public ReadOnlyStringProperty reservationProperty() {
        return reservation;
    }
}
