package dev.berth.ui.eks;

import dev.berth.core.model.CreateNodegroupRequest;
import dev.berth.core.model.NodegroupScalingConfig;
import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.common.WholeNumber;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Map;

/**
 * What the "Add node group" dialog asks, as the console does: a name, the node IAM role, the instance type (t3.medium
 * by default), On-Demand or Spot, the AMI, the disk size, the scaling sizes (2/2/2) and the subnets (the cluster's).
 */
public final class CreateNodegroupForm {
    public static final String NAME = "name";
    public static final String NODE_ROLE = "nodeRole";
    public static final String INSTANCE_TYPE = "instanceType";
    public static final String CAPACITY_TYPE = "capacityType";
    public static final String AMI_TYPE = "amiType";
    public static final String DISK_SIZE = "diskSize";
    public static final String SUBNETS = "subnets";
    static final List<String> INSTANCE_TYPES = List.of("t3.small", "t3.medium", "t3.large", "m5.large", "m5.xlarge",
            "m6i.large", "c5.large", "r5.large");
    static final List<String> CAPACITY_TYPES = List.of("ON_DEMAND", "SPOT");
    static final List<String> AMI_TYPES = List.of("AL2023_x86_64_STANDARD", "AL2023_ARM_64_STANDARD",
            "BOTTLEROCKET_x86_64", "BOTTLEROCKET_ARM_64", "AL2023_x86_64_NVIDIA");
    private static final int MAX_DISK_GIB = 16384;

    private final String clusterName;
    private final StringProperty name = new SimpleStringProperty(this, NAME, "");
    private final StringProperty nodeRole = new SimpleStringProperty(this, NODE_ROLE);
    private final StringProperty instanceType = new SimpleStringProperty(this, INSTANCE_TYPE, "t3.medium");
    private final StringProperty capacityType = new SimpleStringProperty(this, CAPACITY_TYPE, "ON_DEMAND");
    private final StringProperty amiType = new SimpleStringProperty(this, AMI_TYPE, "AL2023_x86_64_STANDARD");
    private final StringProperty diskSize = new SimpleStringProperty(this, DISK_SIZE, "20");
    private final StringProperty subnets = new SimpleStringProperty(this, SUBNETS);
    private final ScalingFields scaling = new ScalingFields(new NodegroupScalingConfig(2, 2, 2));

    /** A node group for {@code clusterName} in its subnets, run as {@code nodeRole} (the lab's, or empty). */
    public CreateNodegroupForm(String clusterName, List<String> clusterSubnets, String nodeRole) {
        this.clusterName = clusterName;
        this.subnets.set(String.join(", ", clusterSubnets));
        this.nodeRole.set(nodeRole);
    }

    public FieldErrors validate() {
        FieldErrors errors = FieldErrors.none();
        EksFields.checkName(errors, NAME, name.get(), "node group name", 63);
        EksFields.checkRoleArn(errors, NODE_ROLE, nodeRole.get());
        if (instanceType.get() == null || !instanceType.get().strip().matches("[a-z][a-z0-9-]*\\.[a-z0-9]+")) {
            errors.add(INSTANCE_TYPE, "Choose an instance type, e.g. t3.medium.");
        }
        if (WholeNumber.parse(diskSize.get(), 1, MAX_DISK_GIB) == null) {
            errors.add(DISK_SIZE, WholeNumber.rangeMessage(1, MAX_DISK_GIB));
        }
        scaling.validate(errors);
        EksFields.checkSubnets(errors, SUBNETS, subnets.get(), 1);
        return errors;
    }

    /** The request for a valid form; call {@link #validate()} first. */
    public CreateNodegroupRequest toRequest() {
        return new CreateNodegroupRequest(clusterName, name.get().strip(), scaling.toConfig(),
                WholeNumber.parse(diskSize.get(), 1, MAX_DISK_GIB), EksFields.subnets(subnets.get()),
                List.of(instanceType.get().strip()), amiType.get(), nodeRole.get().strip(), Map.of(), List.of(),
                capacityType.get(), null, Map.of());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty nodeRoleProperty() {
        return nodeRole;
    }

    public StringProperty instanceTypeProperty() {
        return instanceType;
    }

    public StringProperty capacityTypeProperty() {
        return capacityType;
    }

    public StringProperty amiTypeProperty() {
        return amiType;
    }

    public StringProperty diskSizeProperty() {
        return diskSize;
    }

    public StringProperty subnetsProperty() {
        return subnets;
    }

    public ScalingFields scaling() {
        return scaling;
    }
}
