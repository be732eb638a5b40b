package dev.berth.ui.eks;

import dev.berth.core.model.NodegroupScalingConfig;
import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.common.FormGrid;
import dev.berth.ui.common.WholeNumber;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A node group's minimum, maximum and desired sizes as typed, shared by the create and edit-scaling forms. */
public final class ScalingFields {
    public static final String MIN_SIZE = "minSize";
    public static final String MAX_SIZE = "maxSize";
    public static final String DESIRED_SIZE = "desiredSize";

    private final StringProperty minSize = new SimpleStringProperty(this, MIN_SIZE);
    private final StringProperty maxSize = new SimpleStringProperty(this, MAX_SIZE);
    private final StringProperty desiredSize = new SimpleStringProperty(this, DESIRED_SIZE);

    ScalingFields(NodegroupScalingConfig initial) {
        minSize.set(String.valueOf(initial.minSize()));
        maxSize.set(String.valueOf(initial.maxSize()));
        desiredSize.set(String.valueOf(initial.desiredSize()));
    }

    void addTo(FormGrid grid) {
        grid.addNumber(MIN_SIZE, "Minimum size", "nodegroup-min-size", minSize);
        grid.addNumber(MAX_SIZE, "Maximum size", "nodegroup-max-size", maxSize);
        grid.addNumber(DESIRED_SIZE, "Desired size", "nodegroup-desired-size", desiredSize);
    }

    void validate(FieldErrors errors) {
        EksFields.checkSizes(errors, minSize.get(), maxSize.get(), desiredSize.get());
    }

    /** The sizes of a valid form. */
    NodegroupScalingConfig toConfig() {
        return new NodegroupScalingConfig(WholeNumber.parse(minSize.get(), 0, EksFields.MAX_NODES),
                WholeNumber.parse(maxSize.get(), 1, EksFields.MAX_NODES),
                WholeNumber.parse(desiredSize.get(), 0, EksFields.MAX_NODES));
    }

    public StringProperty minSizeProperty() {
        return minSize;
    }

    public StringProperty maxSizeProperty() {
        return maxSize;
    }

    public StringProperty desiredSizeProperty() {
        return desiredSize;
    }
}
