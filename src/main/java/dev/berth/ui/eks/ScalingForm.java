package dev.berth.ui.eks;

import dev.berth.core.model.Nodegroup;
import dev.berth.core.model.UpdateNodegroupConfigRequest;
import dev.berth.ui.common.FieldErrors;

/** The "Edit scaling" dialog: new minimum, maximum and desired sizes for one node group. */
public final class ScalingForm {
    private final String clusterName;
    private final String nodegroupName;
    private final ScalingFields scaling;

    public ScalingForm(Nodegroup nodegroup) {
        this.clusterName = nodegroup.clusterName();
        this.nodegroupName = nodegroup.nodegroupName();
        this.scaling = new ScalingFields(nodegroup.scalingConfig());
    }

    public FieldErrors validate() {
        FieldErrors errors = FieldErrors.none();
        scaling.validate(errors);
        return errors;
    }

    public UpdateNodegroupConfigRequest toRequest() {
        return UpdateNodegroupConfigRequest.scaling(clusterName, nodegroupName, scaling.toConfig());
    }

    public ScalingFields scaling() {
        return scaling;
    }
}
