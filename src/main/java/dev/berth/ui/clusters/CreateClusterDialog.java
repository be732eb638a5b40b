package dev.berth.ui.clusters;

import dev.berth.ui.common.FormDialog;
import dev.berth.ui.common.FormGrid;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The "Create cluster" dialog: the form's fields, bound to a {@link CreateClusterForm}. */
final class CreateClusterDialog {

    private CreateClusterDialog() {
    }

    static void show(Window owner, ClustersViewModel viewModel) {
        CreateClusterForm form = new CreateClusterForm();
        FormGrid grid = new FormGrid();

        TextField name = grid.addText(CreateClusterForm.NAME, "Cluster name", "cluster-name", form.nameProperty());
        name.setPromptText("e.g. production");

        CheckBox fargate = new CheckBox("AWS Fargate (serverless)");
        fargate.setId("cluster-fargate");
        fargate.selectedProperty().bindBidirectional(form.fargateProperty());
        CheckBox ec2 = new CheckBox("Amazon EC2 instances");
        ec2.setId("cluster-ec2");
        ec2.selectedProperty().bindBidirectional(form.ec2Property());
        VBox capacity = new VBox(6, fargate, ec2);
        capacity.setId("cluster-capacity");
        grid.addField(CreateClusterForm.CAPACITY, "Infrastructure", capacity);

        grid.addSection("Auto scaling group (EC2)");
        ComboBox<String> instanceType = grid.addSuggestions(CreateClusterForm.INSTANCE_TYPE, "Instance type",
                "cluster-instance-type", FXCollections.observableArrayList(CreateClusterForm.INSTANCE_TYPES),
                form.instanceTypeProperty());
        TextField minSize = grid.addNumber(CreateClusterForm.MIN_SIZE, "Minimum instances", "cluster-min-size",
                form.minSizeProperty());
        TextField maxSize = grid.addNumber(CreateClusterForm.MAX_SIZE, "Maximum instances", "cluster-max-size",
                form.maxSizeProperty());
        instanceType.disableProperty().bind(form.ec2Property().not());
        minSize.disableProperty().bind(form.ec2Property().not());
        maxSize.disableProperty().bind(form.ec2Property().not());

        new FormDialog(owner, "Create cluster", "Create", grid, grid, outcome -> viewModel.create(form, outcome))
                .show();
        name.requestFocus();
    }
}
