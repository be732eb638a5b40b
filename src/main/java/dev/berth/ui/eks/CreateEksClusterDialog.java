package dev.berth.ui.eks;

import dev.berth.ui.common.FormDialog;
import dev.berth.ui.common.FormGrid;
import javafx.collections.FXCollections;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** The "Create cluster" dialog of the Kubernetes area, bound to a {@link CreateEksClusterForm}. */
final class CreateEksClusterDialog {

    private CreateEksClusterDialog() {
    }

    static void show(Window owner, EksViewModel viewModel) {
        CreateEksClusterForm form = new CreateEksClusterForm(viewModel.roleArn("eksClusterRole"));
        FormGrid grid = new FormGrid();
        TextField name = grid.addText(CreateEksClusterForm.NAME, "Cluster name", "eks-cluster-name",
                form.nameProperty());
        name.setPromptText("e.g. DemoEKS");
        grid.addSuggestions(CreateEksClusterForm.VERSION, "Kubernetes version", "eks-cluster-version",
                FXCollections.observableArrayList(CreateEksClusterForm.VERSIONS), form.versionProperty())
                .setPromptText("EKS's default");
        grid.addText(CreateEksClusterForm.ROLE_ARN, "Cluster service role", "eks-cluster-role",
                form.roleArnProperty()).setPromptText("arn:aws:iam::123456789012:role/eksClusterRole");
        grid.addSection("Networking");
        grid.addText(CreateEksClusterForm.SUBNETS, "Subnets", "eks-cluster-subnets", form.subnetsProperty())
                .setPromptText("two or more, in different Availability Zones");
        grid.addText(CreateEksClusterForm.SECURITY_GROUPS, "Security groups", "eks-cluster-security-groups",
                form.securityGroupsProperty()).setPromptText("optional");
        new FormDialog(owner, "Create EKS cluster", "Create", grid, grid,
                outcome -> viewModel.createCluster(form, outcome)).show();
        name.requestFocus();
    }
}
