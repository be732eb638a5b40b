package dev.berth.ui.clusters;

import dev.berth.core.model.CreateClusterRequest;
import dev.berth.core.model.Ec2Capacity;
import dev.berth.ui.common.AwsNames;
import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.common.WholeNumber;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the "Create cluster" dialog asks, as the console's wizard does: a name, and Fargate and/or EC2 capacity
 * (an auto scaling group of one instance type between a minimum and a maximum size).
 */
public final class CreateClusterForm {
    public static final String NAME = "name";
    public static final String CAPACITY = "capacity";
    public static final String INSTANCE_TYPE = "instanceType";
    public static final String MIN_SIZE = "minSize";
    public static final String MAX_SIZE = "maxSize";

    /** A practical ceiling for an auto scaling group created from this dialog. */
    static final int MAX_GROUP_SIZE = 100;
    /** Offered in the picker; another type can be typed, and the backend says whether it knows it. */
    public static final List<String> INSTANCE_TYPES = List.of(
            "t2.micro", "t2.small", "t2.medium", "t3.micro", "t3.small", "t3.medium", "t3.large", "m5.large",
            "m5.xlarge", "c5.large");
    private static final Pattern INSTANCE_TYPE_NAME = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z0-9]+");

    private final StringProperty name = new SimpleStringProperty(this, NAME, "");
    private final BooleanProperty fargate = new SimpleBooleanProperty(this, "fargate", true);
    private final BooleanProperty ec2 = new SimpleBooleanProperty(this, "ec2", false);
    private final StringProperty instanceType = new SimpleStringProperty(this, INSTANCE_TYPE, "t3.medium");
    private final StringProperty minSize = new SimpleStringProperty(this, MIN_SIZE, "0");
    private final StringProperty maxSize = new SimpleStringProperty(this, MAX_SIZE, "2");

    public FieldErrors validate() {
        FieldErrors errors = FieldErrors.none();
        String nameProblem = AwsNames.problemWith(name.get(), "cluster name");
        if (nameProblem != null) {
            errors.add(NAME, nameProblem);
        }
        if (!fargate.get() && !ec2.get()) {
            errors.add(CAPACITY, "Choose Fargate, EC2 instances, or both.");
        }
        if (ec2.get()) {
            if (instanceType.get() == null || !INSTANCE_TYPE_NAME.matcher(instanceType.get().strip()).matches()) {
                errors.add(INSTANCE_TYPE, "Choose an instance type, e.g. t3.medium.");
            }
            Integer min = WholeNumber.parse(minSize.get(), 0, MAX_GROUP_SIZE);
            Integer max = WholeNumber.parse(maxSize.get(), 1, MAX_GROUP_SIZE);
            if (min == null) {
                errors.add(MIN_SIZE, WholeNumber.rangeMessage(0, MAX_GROUP_SIZE));
            }
            if (max == null) {
                errors.add(MAX_SIZE, WholeNumber.rangeMessage(1, MAX_GROUP_SIZE));
            } else if (min != null && max < min) {
                errors.add(MAX_SIZE, "The maximum must be at least the minimum (" + min + ").");
            }
        }
        return errors;
    }

    /** The request for a valid form; call {@link #validate()} first. */
    public CreateClusterRequest toRequest() {
        List<String> providers = new ArrayList<>();
        if (fargate.get()) {
            providers.add("FARGATE");
            providers.add("FARGATE_SPOT");
        }
        Ec2Capacity capacity = null;
        if (ec2.get()) {
            int min = WholeNumber.parse(minSize.get(), 0, MAX_GROUP_SIZE);
            int max = WholeNumber.parse(maxSize.get(), 1, MAX_GROUP_SIZE);
            capacity = new Ec2Capacity(instanceType.get().strip(), min, max, min);
        }
        return new CreateClusterRequest(name.get().strip(), providers, List.of(), capacity, List.of());
    }

    public String name() {
        return name.get().strip();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public BooleanProperty fargateProperty() {
        return fargate;
    }

    public BooleanProperty ec2Property() {
        return ec2;
    }

    public StringProperty instanceTypeProperty() {
        return instanceType;
    }

    public StringProperty minSizeProperty() {
        return minSize;
    }

    public StringProperty maxSizeProperty() {
        return maxSize;
    }
}
