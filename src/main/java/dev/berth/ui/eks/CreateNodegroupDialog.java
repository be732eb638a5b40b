package dev.berth.ui.eks;

import dev.berth.core.model.EksCluster;
import dev.berth.ui.common.FormDialog;
import dev.berth.ui.common.FormGrid;
import javafx.collections.FXCollections;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** The "Add node group" dialog for the selected cluster, bound to a {@link CreateNodegroupForm}. */
final class CreateNodegroupDialog {

    private CreateNodegroupDialog() {
    }

    static void show(Window owner, EksViewModel viewModel, EksCluster cluster) {
        CreateNodegroupForm form = new CreateNodegroupForm(cluster.name(), cluster.resourcesVpcConfig().subnetIds(),
                viewModel.roleArn("AmazonEKSNodeRole"));
        FormGrid grid = new FormGrid();
        TextField name = grid.addText(CreateNodegroupForm.NAME, "Node group name", "nodegroup-name",
                form.nameProperty());
        name.setPromptText("e.g. DemoNodeGroup");
        grid.addText(CreateNodegroupForm.NODE_ROLE, "Node IAM role", "nodegroup-role", form.nodeRoleProperty())
                .setPromptText("arn:aws:iam::123456789012:role/AmazonEKSNodeRole");
        grid.addSection("Compute");
        grid.addSuggestions(CreateNodegroupForm.INSTANCE_TYPE, "Instance type", "nodegroup-instance-type",
                FXCollections.observableArrayList(CreateNodegroupForm.INSTANCE_TYPES), form.instanceTypeProperty());
        grid.addChoice(CreateNodegroupForm.CAPACITY_TYPE, "Capacity type", "nodegroup-capacity-type",
                CreateNodegroupForm.CAPACITY_TYPES, form.capacityTypeProperty());
        grid.addChoice(CreateNodegroupForm.AMI_TYPE, "AMI type", "nodegroup-ami-type", CreateNodegroupForm.AMI_TYPES,
                form.amiTypeProperty());
        grid.addNumber(CreateNodegroupForm.DISK_SIZE, "Disk size (GiB)", "nodegroup-disk-size",
                form.diskSizeProperty());
        grid.addSection("Scaling");
        form.scaling().addTo(grid);
        grid.addSection("Networking");
        grid.addText(CreateNodegroupForm.SUBNETS, "Subnets", "nodegroup-subnets", form.subnetsProperty());
        new FormDialog(owner, "Add node group to " + cluster.name(), "Create", grid, grid,
                outcome -> viewModel.createNodegroup(form, outcome)).show();
        name.requestFocus();
    }
}
